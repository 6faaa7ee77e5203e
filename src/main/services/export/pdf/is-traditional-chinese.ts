/**
 * Common characters written differently in Traditional and Simplified Chinese (each list holds
 * only forms the other standard does not use in ordinary text; characters both use, such as 台,
 * 后, 里 or 范, are left out).
 */
const TRADITIONAL_ONLY = new Set(
  '們個國會灣權學與發區東來為時說這員問關動進際聯協華臺護團體統經濟議黨運報導論總響聽觀歡歷應變讓愛兒邊長門間開車馬鳥魚書買賣見貝頁風飛龍齊氣電話語讀課誰請謝認識記講許設訪證評訴詞譯試詩詢該詳誤調談謀眾從優傷傳倫偉價衛廠廳壓縣參雙葉號嗎啟圍圖圓聖場壞塊堅聲處備頭奪獎婦媽寶實審憲對導將爾層屬歲島師帶幫廣慶廢張歸當錄態戰擴擁擇據數斷無舊顯機殺雜條極構樹樣橋檢樓歐殘漢溝沒潔測濃溫滿滅燈靈災點熱獨環現畫療鹽監蓋盤礦確禮離種積稱穩窮競筆簡類糧緊紅約級紀純納紙線練組細織終紹結給絕繼續維綜綠編縮網羅職聰腦藝節蘇範藥獲藍慮虛雖裝規視覺計訂討訓誠諾負財責賢敗貨質貧購貴貿費資賞賽贊趙趕躍軍轉輪軟輕載較輸辯遼達過還遠違連遲適選遺鄧郵鄭釋針鐘鋼錢鐵銀鎖錯鎮鏡閉聞閱隊陽陰陣階陸陳險隨隱難霧靜韓頂項順須顧預領頻題顏額飯館驅駐驗騎鮮雞鳴黃齒齡鬥麼裡後髮於亞蘭',
);
const SIMPLIFIED_ONLY = new Set(
  '们个国会湾权学与发区东来为时说这员问关动进际联协华护团体统经济议党运报导论总响听观欢历应变让爱儿边长门间开车马鸟鱼书买卖见贝页风飞龙齐气电话语读课谁请谢认识记讲许设访证评诉词译试诗询该详误调谈谋众从优伤传伦伟卫厂厅压县参双号吗启围图圆圣场坏块坚声处备头夺奖妇妈宝实审宪对导将尔层属岁岛师带帮广庆废张归当录态战扩拥择据数断无旧显机杀杂条极构树样桥检楼欧残汉沟没洁测浓温满灭灯灵灾点热独环现画疗盐监盖盘矿确礼离种积称稳穷竞笔简类粮紧红约级纪纯纳纸线练组细织终绍结给绝继续维综绿编缩网罗职聪脑艺节苏药获蓝虑虚虽装规视觉计订讨训诚诺负财责贤败货质贫购贵贸费资赏赛赞赵赶跃军转轮软轻载较输辩辽达过还远违连迟适选遗邓邮郑释针钟钢钱铁银锁错镇镜闭闻阅队阳阴阵阶陆陈险随隐难雾静韩顶项顺须顾预领频题颜额饭馆驱驻验骑鲜鸡鸣黄齿龄亚兰',
);

/**
 * Whether a Chinese text is written in Traditional characters: it holds more characters only
 * Traditional Chinese uses than characters only Simplified Chinese uses. A text with neither
 * (most characters are shared) counts as Simplified.
 */
export function isTraditionalChinese(text: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (const character of text) {
    if (TRADITIONAL_ONLY.has(character)) traditional++;
    else if (SIMPLIFIED_ONLY.has(character)) simplified++;
  }
  return traditional > simplified;
}
