// Sample projects for the stories: the seed, and variants made from it.
import seed from '../demo/data/bma-50080000-2982.json' with { type: 'json' };

export const seedProject = seed;

/** The seed with its later reports removed and the plan unchanged: behind at the end of June. */
export const behindProject = {
  ...seed,
  id: '50080000-0001',
  progress: 15,
  log: seed.log.filter((entry) => entry.date <= '2020-05-01').map((e) => ({ ...e, percent: 15 })),
};

export const invalidProject = {
  schemaVersion: 2,
  id: 42,
  title: '',
  log: [{ date: '2020-02-30', percent: 'abc', note: 'x' }],
};
