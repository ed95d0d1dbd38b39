/**
 * The managed Neo4j's JVM flags: those Neo4j's own neo4j.conf sets (without the opens, Netty and the page
 * cache log warnings or fall back to slower paths), then the caller's (GT_NEO4J_JVM_OPTIONS).
 */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/** Neo4j's flags, then the caller's; a collector the caller names replaces G1 (the JVM refuses two). */
export function jvmFlags(extra: readonly string[]): string[] {
  const namesCollector = extra.some((flag) => /^-XX:\+Use\w+GC$/.test(flag));
  return [...JVM_FLAGS.filter((flag) => !(namesCollector && flag === '-XX:+UseG1GC')), ...extra];
}
