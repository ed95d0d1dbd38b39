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

  it('bounds requests by default, and reads each limit and the proxy setting from its variable', () => {
    const defaults = loadConfig({});
    expect(defaults.queryLimits).toEqual({ maxDepth: 10, maxAliases: 15, maxDirectives: 50, maxTokens: 2000, maxCost: 1_000_000, maxBodyMb: 10 });
    expect(defaults.rateLimits).toEqual({ windowSeconds: 60, perAddress: 600, perToken: 300, assetsPerAddress: 3000, store: 'memory' });
    expect(defaults.http).toEqual({ corsOrigins: [], trustProxy: false });
    expect(defaults.managedNeo4j.settings).toEqual({ 'db.memory.transaction.max': '512m' });
    const set = loadConfig({ GT_MAX_DEPTH: '6', GT_RATE_LIMIT_PER_TOKEN: '0', GT_TRUST_PROXY: '10.0.0.0/8, loopback', GT_CORS_ORIGINS: 'https://a.example,https://b.example:8443' });
    expect(set.queryLimits.maxDepth).toBe(6);
    expect(set.rateLimits.perToken).toBe(0);
    expect(set.http).toEqual({ corsOrigins: ['https://a.example', 'https://b.example:8443'], trustProxy: ['10.0.0.0/8', 'loopback'] });
    expect(loadConfig({ GT_TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(() => loadConfig({ GT_MAX_COST: '0' })).toThrow(/GT_MAX_COST="0"/);
    expect(() => loadConfig({ GT_NEO4J_TX_MEMORY: 'lots' })).toThrow(/GT_NEO4J_TX_MEMORY/);
    expect(defaults.managedNeo4j.maxRestarts).toBe(5);
    expect(loadConfig({ GT_NEO4J_RESTARTS: '0' }).managedNeo4j.maxRestarts).toBe(0);
    expect(defaults.managedNeo4j.jvmOptions).toEqual([]);
    expect(loadConfig({ GT_NEO4J_JVM_OPTIONS: ' -XX:CompileThresholdScaling=5  -Xss2m ' }).managedNeo4j.jvmOptions).toEqual(['-XX:CompileThresholdScaling=5', '-Xss2m']);
    expect(() => loadConfig({ GT_NEO4J_JVM_OPTIONS: 'CompileThresholdScaling=5' })).toThrow(/GT_NEO4J_JVM_OPTIONS=.*each starting with "-"/);
    expect(() => loadConfig({ GT_NEO4J_RESTARTS: 'forever' })).toThrow(/GT_NEO4J_RESTARTS="forever"/);
  });

  it('counts rate limits in memory unless GT_RATE_LIMIT_STORE names a Redis, and means the seed data\'s council unless GT_DEFAULT_COUNCIL says', () => {
    expect(loadConfig({ GT_RATE_LIMIT_STORE: 'redis://cache.internal:6379' }).rateLimits.store).toBe('redis://cache.internal:6379');
    expect(() => loadConfig({ GT_RATE_LIMIT_STORE: 'memcached://x' })).toThrow(/GT_RATE_LIMIT_STORE="memcached:\/\/x": memory, or a Redis URL/);
    expect(loadConfig({}).defaultCouncil).toBe('lcc');
    expect(loadConfig({ GT_DEFAULT_COUNCIL: ' c007-council ' }).defaultCouncil).toBe('c007-council');
  });

  it('bounds the statements running in Neo4j at once to 10 per process, unless NEO4J_MAX_CONNECTIONS says otherwise', () => {
    expect(loadConfig({}).neo4j.maxConnections).toBe(10);
    expect(loadConfig({ NEO4J_MAX_CONNECTIONS: '40' }).neo4j.maxConnections).toBe(40);
    expect(() => loadConfig({ NEO4J_MAX_CONNECTIONS: '0' })).toThrow(/NEO4J_MAX_CONNECTIONS="0"/);
  });
});
