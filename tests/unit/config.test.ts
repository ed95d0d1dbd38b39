import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('defaults to a local run: 127.0.0.1:4000, managed Neo4j, seeds loaded when the graph is empty', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, neo4j: { uri: undefined }, seed: { mode: 'if-empty' } });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the variable and the expected form when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI=.*bolt:\/\/host:7687/);
  });

  it('accepts routing URIs for clusters and Aura', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'x' }).neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'neo4j://10.0.0.5:7687', NEO4J_PASSWORD: 'x' }).neo4j.uri).toBe('neo4j://10.0.0.5:7687');
  });

  it('refuses NEO4J_URI without a password, saying what to do', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD is not.*unset NEO4J_URI/);
  });
});
