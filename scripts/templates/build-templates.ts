/**
 * Writes the built-in templates in resources/templates from the letters below.
 * Run: npx tsx scripts/templates/build-templates.ts — then commit the JSON it writes.
 * (regional-organizations.json is written by hand and not generated here.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { findLetterSchemaProblems } from '../../src/shared/document/letter-document';
import { letterTemplateSchema, type LetterTemplate } from '../../src/shared/model/letter';
import { DEFAULT_PAGE_SETTINGS, type PageSettings } from '../../src/shared/model/page-settings';
import { bulletList, dateLine, doc, heading, orderedList, paragraph, signatoryList, signatureBlock } from './template-builders';

function settings(change: Partial<PageSettings>): PageSettings {
  return {
    ...DEFAULT_PAGE_SETTINGS,
    ...change,
    footer: { ...DEFAULT_PAGE_SETTINGS.footer, ...change.footer },
    letterhead: { ...DEFAULT_PAGE_SETTINGS.letterhead, ...change.letterhead },
  };
}

const headsOfState: LetterTemplate = {
  id: 'heads-of-state',
  name: 'Letter to heads of state',
  kind: 'heads-of-state',
  description: 'To heads of state and foreign ministers ahead of an intergovernmental conference, signed by the coalition’s officers.',
  title: 'Letter to heads of state and foreign ministers',
  settings: settings({ lineSpacing: 1.25, marginsMm: { top: 25, right: 25, bottom: 25, left: 25 } }),
  doc: doc(
    dateLine({ place: '', date: null, textAlign: 'right' }),
    paragraph(
      'left',
      '{{recipient.honorific | default: "H.E."}} {{recipient.name}}',
      '{{recipient.title}}',
      '{{recipient.organization | default: ""}}',
      '{{recipient.address | default: ""}}',
      '{{recipient.country | formal | bare}}',
    ),
    heading(2, 'The forthcoming review conference and the prevention of atrocity crimes'),
    paragraph('left', '{{recipient.greeting | default: "Excellency"}}'),
    paragraph(
      'justify',
      'On behalf of our coalition, a global network of civil society organizations working to prevent genocide, war crimes, crimes against humanity and ethnic cleansing, we write ahead of the review conference that will bring States together in the coming weeks. The conference is a chance to take stock of what the treaty has achieved since it entered into force, and to decide what must change for its promise to reach the people it was written to protect.',
    ),
    paragraph(
      'justify',
      'Governments have repeatedly affirmed that each State bears the first responsibility to protect its population from these crimes, and that the international community must help States meet that responsibility and act when they manifestly fail to do so. Justice and prevention serve the same end: when those who order atrocities expect to answer for them, fewer are ordered, and when States build the institutions to prevent them, fewer need to be tried.',
    ),
    paragraph(
      'justify',
      'Yet the gap between commitment and practice remains wide. Warning signs are still noted and left unanswered, national focal points are named in some capitals but given no means to work in others, and survivors wait years for cases that may never reach a courtroom. The conference should be judged by whether it narrows that gap.',
    ),
    paragraph('justify', 'Excellency, we respectfully urge the Government {{recipient.country | of}} to:'),
    bulletList(
      'justify',
      'speak at the conference about the link between accountability for atrocity crimes and their prevention, and describe the steps your Government has taken at home;',
      'support outcome language that commits States to national action plans with clear responsibilities, timelines and public reporting;',
      'name, where it has not yet done so, a senior official to serve as national focal point for atrocity prevention, with the staff and mandate to work across ministries;',
      'pledge support, including funding, to the regional and international mechanisms that document crimes and preserve evidence.',
    ),
    paragraph(
      'justify',
      'Our members, who work in every region, would welcome the opportunity to brief your delegation before the conference and to share their analysis of situations of concern. We will publish a short assessment of the outcome afterwards and would be glad to discuss it with your Ministry.',
    ),
    paragraph(
      'justify',
      'Thank you for your attention to these proposals. Please accept, Excellency, the assurances of our highest consideration.',
    ),
    paragraph('left', 'Yours respectfully,'),
    signatureBlock(
      { name: '', title: 'Chair, Steering Committee', organization: '{{coalition | default: ""}}' },
      { name: '', title: 'Executive Director', organization: '{{coalition | default: ""}}' },
    ),
  ),
};

const statesParties: LetterTemplate = {
  id: 'states-parties',
  name: 'Joint letter to States Parties',
  kind: 'states-parties',
  description:
    'A joint NGO letter to the States Parties of a treaty, with bulleted asks and the undersigned organizations listed after the body.',
  title: 'Joint letter to the States Parties to the Rome Statute',
  settings: settings({ lineSpacing: 1.2, marginsMm: { top: 22, right: 25, bottom: 22, left: 25 } }),
  doc: doc(
    heading(1, 'Joint letter from civil society to the States Parties to the Rome Statute', 'center'),
    dateLine({ place: 'The Hague', date: null, textAlign: 'left' }),
    paragraph(
      'left',
      '{{recipient.honorific | default: ""}} {{recipient.name | default: ""}}',
      '{{recipient.title | default: "Minister of Foreign Affairs"}}',
      '{{recipient.organization | default: ""}}',
      '{{recipient.address | default: ""}}',
      '{{recipient.country | formal | bare | default: ""}}',
    ),
    paragraph('left', '{{recipient.greeting}}'),
    paragraph(
      'justify',
      'We, the undersigned civil society organizations, write to ask your Government to stand firmly behind the International Criminal Court and the Rome Statute system at a time when both are under sustained pressure. The Court exists because States chose, together, to end impunity for the gravest crimes. It can only do its work if those same States defend it when that choice is tested.',
    ),
    paragraph(
      'justify',
      'The Court is not beyond improvement, and many of us have called for reforms that would make it fairer, faster and closer to the communities most affected by its cases. But reform is the business of the States Parties and of the Court’s own organs, acting within the Statute. It cannot come from threats against the Court’s officials, sanctions against its staff, or campaigns to discredit the victims and witnesses who come forward.',
    ),
    paragraph('justify', 'We therefore call on {{recipient.country | default: "your State"}}, together with all States Parties, to:'),
    bulletList(
      'justify',
      '**publicly reaffirm** its support for the Court’s independence, in national statements and at the next session of the Assembly of States Parties;',
      '**condemn, clearly and promptly,** any attempt to intimidate or sanction Court officials, staff, or anyone who cooperates with the Court;',
      '**cooperate fully** with the Court’s requests, including for the arrest and surrender of suspects, and adopt the national laws that cooperation requires;',
      '**fund the Court** at a level that matches the work it has been given, and pay assessed contributions in full and on time;',
      '**consult civil society and affected communities** when reviewing the Court’s performance, so that reforms strengthen the system rather than weaken it.',
    ),
    paragraph(
      'justify',
      'The credibility of international justice rests on States upholding it when it is inconvenient as well as when it is easy. We count on your Government to be among those who do, and we would welcome the opportunity to discuss these points with your Ministry and with your delegations in The Hague and New York.',
    ),
    paragraph('left', 'Respectfully,'),
    signatoryList({
      heading: 'Undersigned organizations',
      format: 'name-country-parentheses',
      sort: 'name-ignoring-the',
      columns: 2,
      showCount: true,
    }),
  ),
};

const openLetter: LetterTemplate = {
  id: 'open-letter',
  name: 'Open letter',
  kind: 'open-letter',
  description: 'An open letter from civil society organizations to governments, signed by a list of organizations as “Name (Country)”.',
  title: 'Open letter to governments',
  settings: settings({ fontFamily: 'sans', fontSizePt: 11, lineSpacing: 1.3 }),
  doc: doc(
    heading(1, 'Open letter to governments ahead of the General Assembly debate on the responsibility to protect'),
    dateLine({ place: '', date: null, textAlign: 'left' }),
    paragraph('left', '{{recipient.greeting | default: "Excellencies"}}'),
    paragraph(
      'left',
      'As civil society organizations from every region of the world, we write to urge your Government to take part in the coming General Assembly debate on the responsibility to protect, and to use it to move from statements of principle to commitments that others can check.',
    ),
    paragraph(
      'left',
      'Nearly two decades after world leaders agreed that every State must protect its population from genocide, war crimes, ethnic cleansing and crimes against humanity, few governments contest the principle. What is missing is follow-through. Early warnings are issued and not acted upon; civilians are displaced, detained and killed in situations that were long foreseen; and those who speak out, including many of our own members, face growing risks for doing so.',
    ),
    paragraph(
      'left',
      'The debate is one of the few moments each year when every government can say in public what it is doing about these crimes. We ask that your Government’s statement:',
    ),
    bulletList(
      'left',
      'set out the concrete measures taken in the past year to prevent atrocity crimes, at home and abroad, and those planned for the year ahead;',
      'support a formal place for the responsibility to protect on the General Assembly’s agenda, so that the debate leads to decisions and not only to speeches;',
      'commit to restraint in the use of the veto, and support the initiatives that ask permanent members of the Security Council not to block action in situations of mass atrocity;',
      'recognize the part civil society, human rights defenders and journalists play in early warning, and the duty to protect them from reprisals.',
    ),
    paragraph(
      'left',
      'We also encourage governments that have not yet done so to appoint a national focal point for the responsibility to protect and to join the global network of focal points, where practice is shared and concerns can be raised before they become crises.',
    ),
    paragraph(
      'left',
      'The people most at risk of these crimes do not need new promises; they need governments to keep the ones already made. We hope to hear your Government do so in the debate, and we stand ready to support that work.',
    ),
    paragraph('left', 'Signed,'),
    signatoryList({ heading: '', format: 'name-country-parentheses', sort: 'name', columns: 2, showCount: false }),
  ),
};

const policyBrief: LetterTemplate = {
  id: 'policy-brief',
  name: 'Recommendations paper',
  kind: 'policy-brief',
  description: 'A recommendations paper to governments: numbered recommendations, each with the concrete steps behind it.',
  title: 'Recommendations to governments',
  settings: settings({ lineSpacing: 1.3, marginsMm: { top: 25, right: 27, bottom: 25, left: 27 } }),
  doc: doc(
    heading(1, 'Putting the responsibility to protect into national policy: recommendations to governments'),
    paragraph('left', '*Prepared for the Government {{recipient.country | formal | of}}*'),
    dateLine({ place: '', date: null, textAlign: 'left' }),
    heading(2, 'Summary'),
    paragraph(
      'justify',
      'Governments agreed in 2005 that each State is responsible for protecting its population from genocide, war crimes, ethnic cleansing and crimes against humanity. A growing number now refer to that responsibility in their security strategies, development policies and foreign-policy statements, and several have named a senior official to coordinate the work. This paper draws on their practice to recommend five steps that any government can take, whatever its size or region.',
    ),
    heading(2, 'Recommendations'),
    orderedList(
      'left',
      {
        text: '**Name a national focal point for atrocity prevention.**',
        bullets: [
          'Appoint a senior official with the authority to convene the ministries of foreign affairs, defence, justice, the interior and development.',
          'Give the focal point staff, a budget and a written mandate, and publish all three.',
          'Join the international network of focal points and take part in its meetings.',
        ],
      },
      {
        text: '**Write atrocity prevention into national strategy.**',
        bullets: [
          'Refer to the responsibility to protect in the national security strategy and in foreign and development policy papers.',
          'Include the risk factors for atrocity crimes in the analysis that guides aid, trade and arms-export decisions.',
        ],
      },
      {
        text: '**Build early warning that leads to early action.**',
        bullets: [
          'Set up a process that brings warnings from embassies, agencies and civil society to decision-makers within days, not months.',
          'Agree in advance which options each ministry can use once a warning is raised, from quiet diplomacy to targeted measures.',
        ],
      },
      {
        text: '**Support accountability for atrocity crimes.**',
        bullets: [
          'Adopt legislation that allows national courts to try genocide, crimes against humanity and war crimes.',
          'Cooperate with international and regional courts, and with the mechanisms that collect and preserve evidence.',
        ],
      },
      {
        text: '**Work with regional organizations and civil society.**',
        bullets: [
          'Fund the early-warning and mediation capacities of regional and sub-regional organizations.',
          'Consult civil society regularly, and protect the human rights defenders who report on risks.',
        ],
      },
    ),
    heading(2, 'Next steps'),
    paragraph(
      'justify',
      'We would welcome the chance to discuss these recommendations with your officials and to share examples from governments that have already taken these steps. Our members can also help design training for diplomats and civil servants on recognizing and responding to the risk of atrocity crimes.',
    ),
    paragraph('left', 'On behalf of the coalition’s members,'),
    signatureBlock({ name: '', title: 'Director of Policy', organization: '{{coalition | default: ""}}' }),
  ),
};

const folder = join(import.meta.dirname, '../../resources/templates');
const prettierOptions = (await resolveConfig(join(folder, 'x.json'))) ?? {};
for (const template of [headsOfState, statesParties, openLetter, policyBrief]) {
  const parsed = letterTemplateSchema.parse(template);
  const problems = findLetterSchemaProblems(parsed.doc);
  if (problems.length > 0) throw new Error(`${template.id}: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}`);
  writeFileSync(join(folder, `${template.id}.json`), await format(JSON.stringify(parsed), { ...prettierOptions, parser: 'json' }));
  console.log(`wrote ${template.id}.json`);
}
