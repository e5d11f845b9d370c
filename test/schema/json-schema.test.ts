import { expect } from '@open-wc/testing';
import { projectJsonSchema } from '../../src/schema/json-schema.js';

// The JSON Schema that ships as dist/project.schema.json (scripts/gen-json-schema.mjs writes it).
const schema = projectJsonSchema();

type Node = Record<string, unknown>;

/** The sub-schema at a path of keys, e.g. at('properties', 'log', 'items'). */
function at(...keys: string[]): Node {
  return keys.reduce<Node>((node, key) => node[key] as Node, schema as Node);
}

describe('the JSON Schema generated from the zod schema', () => {
  it('describes the input side: required fields, defaults optional, unknown keys allowed', () => {
    expect(schema.type).to.equal('object');
    expect(schema.required).to.deep.equal([
      'schemaVersion',
      'id',
      'title',
      'organization',
      'fiscalYear',
    ]);
    expect(schema.additionalProperties).to.deep.equal({});
    expect(at('properties', 'fiscalYearStartMonth')).to.deep.include({
      default: 10,
      minimum: 1,
      maximum: 12,
    });
    expect(at('properties', 'schemaVersion').const).to.equal(1);
    const kpi = at('properties', 'kpis', 'items');
    expect(kpi.required).to.deep.equal(['code', 'name', 'target', 'achieved']);
    expect(at('properties', 'kpis', 'items', 'properties', 'direction')).to.deep.include({
      default: 'increase',
      enum: ['increase', 'decrease'],
    });
    expect(kpi.additionalProperties).to.deep.equal({});
  });

  it('states both fiscal-year ranges', () => {
    const fiscalYear = at('properties', 'fiscalYear');
    expect(fiscalYear.anyOf).to.deep.equal([
      { minimum: 2400, maximum: 2700 },
      { minimum: 1900, maximum: 2200 },
    ]);
    expect(fiscalYear.type).to.equal('integer');
  });

  it('gives every date its pattern and says what the pattern cannot check', () => {
    const dates = [
      at('properties', 'log', 'items', 'properties', 'date'),
      at('properties', 'plan', 'items', 'properties', 'start'),
      at('properties', 'plan', 'items', 'properties', 'end'),
    ];
    for (const date of dates) {
      const pattern = new RegExp(String(date.pattern));
      expect(pattern.test('2020-09-21')).to.be.true;
      expect(pattern.test('28/8/2563')).to.be.true;
      expect(pattern.test('2020-09-21T00:00:00Z')).to.be.false;
      expect(date.description).to.match(/Buddhist-era/);
      expect(date.description).to.match(/day exists/);
    }
    expect(schema.description).to.match(/cannot\s+express/);
    expect(schema.description).to.match(/2563-09-21/);
  });

  it('allows null only for problems and obstacles', () => {
    const entry = at('properties', 'log', 'items', 'properties');
    expect((entry.problems as Node).type).to.deep.equal(['string', 'null']);
    expect((entry.obstacles as Node).type).to.deep.equal(['string', 'null']);
    expect((entry.note as Node).type).to.equal('string');
  });
});
