import { chromium, type Browser } from '@playwright/test';

const BENCH_CHROMIUM_ARGUMENTS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export interface BenchChromiumOptions {
  /** Paint a frame as soon as there is something to paint (no vsync, no 60 Hz frame limit). */
  unthrottledFrames?: boolean;
}

/** Debian's Chromium, headless, launched the same way for every bench that measures in a page. */
export function launchBenchChromium(options: BenchChromiumOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...BENCH_CHROMIUM_ARGUMENTS, ...(options.unthrottledFrames ? ['--disable-gpu-vsync', '--disable-frame-rate-limit'] : [])],
  });
}
