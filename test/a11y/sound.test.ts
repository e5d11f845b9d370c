// Issue 19 item 8, "Listen to the curve": "Play as sound" on the timeline and the log chart,
// silent until a person presses it, keyboard operable, stopped by Escape, in English and Thai.
import { assert, aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/milestone-timeline/define.js';
import '../../src/components/progress-log/define.js';
import '../../src/components/project-dashboard/define.js';
import type { ProjectElement } from '../../src/internal/project-element.js';
import { soundOf } from '../../src/internal/sound.js';
import { emptyLogProject } from '../fixtures/progress-log.js';
import { emptyTimeline } from '../fixtures/milestone-timeline.js';
import { seed } from '../fixtures/projects.js';
import { itIn, press } from '../engine.js';
import { $, $$, clean, textOf } from '../harness.js';

type Tag = 'milestone-timeline' | 'progress-log' | 'project-dashboard';

async function render(tag: Tag, { lang = 'en', project = seed() as unknown } = {}) {
  const wrapper = await fixture<HTMLElement>(
    tag === 'milestone-timeline'
      ? html`<div lang=${lang}>
          <milestone-timeline as-of="2020-09-30" .project=${project}></milestone-timeline>
        </div>`
      : tag === 'progress-log'
        ? html`<div lang=${lang}>
            <progress-log as-of="2020-09-30" .project=${project}></progress-log>
          </div>`
        : html`<div lang=${lang}>
            <project-dashboard as-of="2020-09-30" .project=${project}></project-dashboard>
          </div>`,
  );
  const el = wrapper.firstElementChild as ProjectElement;
  await el.updateComplete;
  return el;
}

const button = (el: Element) => $<HTMLButtonElement>(el, 'button[part="sound"]');
const pressed = (el: Element) => button(el)!.getAttribute('aria-pressed');
const said = (el: Element) => textOf(el, '[part="announcer"]');
/** The button's description, as assistive technology reads it (aria-describedby). */
const description = (el: Element) =>
  clean(el.shadowRoot!.getElementById(button(el)!.getAttribute('aria-describedby')!)?.textContent);

/** Presses the button from the keyboard, as a person would (a real key press starts audio). */
async function pressButton(el: ProjectElement, key = 'Enter') {
  button(el)!.focus();
  await press(key);
  await el.updateComplete;
}

for (const tag of ['milestone-timeline', 'progress-log'] as const) {
  describe(`<${tag}> "Play as sound"`, () => {
    afterEach(() => {
      // Nothing keeps playing into the next test.
      for (const el of document.querySelectorAll<ProjectElement>(tag)) soundOf(el).stop(false);
    });

    it('is a switch, not pressed, named and explained in English; axe finds nothing', async () => {
      const el = await render(tag);
      const b = button(el)!;
      expect(b.type).to.equal('button');
      expect(clean(b.textContent)).to.equal('Play as sound');
      expect(pressed(el)).to.equal('false');
      expect(description(el)).to.equal(
        'Higher notes mean more progress: a soft tone for the plan, a bright one for the reports.',
      );
      expect(soundOf(el).tones, 'silent until a person asks').to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('is named and explained in Thai as officials write it; axe finds nothing', async () => {
      const el = await render(tag, { lang: 'th' });
      expect(clean(button(el)!.textContent)).to.equal('ฟังความคืบหน้าเป็นเสียง');
      expect(description(el)).to.match(/^เสียงสูงขึ้นหมายถึงความคืบหน้ามากขึ้น/);
      expect(description(el)).not.to.match(/[a-z]/i);
      await expect(el).to.be.accessible();
    });

    it('plays both tones on Enter, says so, and stops on Escape', async () => {
      const el = await render(tag);
      await pressButton(el);
      expect(pressed(el)).to.equal('true');
      expect(soundOf(el).tones, 'the plan and the reports').to.equal(2);
      expect(said(el)).to.equal('Playing. Press Escape to stop.');
      await press('Escape');
      await el.updateComplete;
      expect(pressed(el)).to.equal('false');
      expect(soundOf(el).tones).to.equal(0);
      expect(said(el)).to.equal('Sound stopped.');
      await expect(el).to.be.accessible();
    });

    it('stops when pressed again with Space, and says it in Thai', async () => {
      const el = await render(tag, { lang: 'th' });
      await pressButton(el, 'Space');
      expect(pressed(el)).to.equal('true');
      expect(said(el)).to.equal('กำลังเล่นเสียง กดปุ่ม Esc เพื่อหยุด');
      await pressButton(el, 'Space');
      expect(pressed(el)).to.equal('false');
      expect(said(el)).to.equal('หยุดเสียงแล้ว');
    });

    it('ends by itself after about four seconds', async () => {
      const el = await render(tag);
      await pressButton(el);
      expect(pressed(el)).to.equal('true');
      await aTimeout(3000);
      expect(pressed(el), 'still playing').to.equal('true');
      await waitUntil(() => pressed(el) === 'false', 'the sound ends', { timeout: 3000 });
      expect(said(el)).to.equal('Sound stopped.');
    });

    it('says when the browser cannot play sound, and stays stopped', async () => {
      const real = window.AudioContext;
      window.AudioContext = class extends real {
        override resume() {
          return Promise.reject(new Error('no audio device'));
        }
      };
      try {
        const el = await render(tag);
        await pressButton(el);
        await waitUntil(() => pressed(el) === 'false', 'stopped again');
        expect(said(el)).to.equal('This browser cannot play sound.');
      } finally {
        window.AudioContext = real;
      }
    });

    it('is not offered where the browser has no Web Audio', async () => {
      const real = window.AudioContext;
      const win = window as unknown as Record<string, unknown>;
      const webkit = win.webkitAudioContext;
      win.AudioContext = undefined;
      win.webkitAudioContext = undefined;
      try {
        const el = await render(tag);
        assert.isTrue(button(el) === null);
        // Out of the page before Web Audio comes back: a later render would draw the button.
        el.parentElement!.remove();
      } finally {
        window.AudioContext = real;
        win.webkitAudioContext = webkit;
      }
    });

    itIn('emulateMedia', 'is not printed', async () => {
      const el = await render(tag);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(el.shadowRoot!.querySelector('.sound')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
}

describe('"Play as sound" where there is nothing to hear', () => {
  it('the log without reports has no chart and no sound', async () => {
    const el = await render('progress-log', { project: emptyLogProject() });
    assert.isTrue(button(el) === null);
  });

  it('the timeline with neither a plan nor a log has none', async () => {
    const el = await render('milestone-timeline', { project: emptyTimeline() });
    assert.isTrue(button(el) === null);
  });
});

describe('"Play as sound" on a page', () => {
  it('a dashboard offers it once, on the timeline, which spans the whole year', async () => {
    const el = await render('project-dashboard');
    const inner = $$(el, 'milestone-timeline, progress-log');
    expect(inner).to.have.length(2);
    const withSound = inner.filter((child) => button(child) !== null);
    expect(withSound.map((child) => child.localName)).to.deep.equal(['milestone-timeline']);
    await expect(el).to.be.accessible();
  });

  it('plays one sound at a time: starting the log stops the timeline', async () => {
    const timeline = await render('milestone-timeline');
    const log = await render('progress-log');
    await pressButton(timeline);
    expect(pressed(timeline)).to.equal('true');
    await pressButton(log);
    await timeline.updateComplete;
    expect(pressed(log)).to.equal('true');
    expect(pressed(timeline)).to.equal('false');
    soundOf(log).stop(false);
  });
});
