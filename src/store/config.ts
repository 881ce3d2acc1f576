import { WutongError } from '../shared/errors';

/** Where the graph lives. Without NEO4J_URI the bundled local instance is used. */
export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  /** undefined = the server's default database. */
  database: string | undefined;
  /** True when no NEO4J_URI was given, so `wutong db start` is the way to bring it up. */
  bundled: boolean;
}

export const BUNDLED_PORT = 7687;
export const BUNDLED_PASSWORD = 'wutong-local';

const SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** The bundled instance's Bolt port: WUTONG_NEO4J_PORT or 7687. */
export function bundledPort(env: NodeJS.ProcessEnv): number {
  return env.WUTONG_NEO4J_PORT ? Number(env.WUTONG_NEO4J_PORT) : BUNDLED_PORT;
}

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv): Neo4jConfig {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) {
    return {
      uri: `bolt://127.0.0.1:${bundledPort(env)}`,
      username: 'neo4j',
      password: env.NEO4J_PASSWORD || BUNDLED_PASSWORD,
      database: env.NEO4J_DATABASE || undefined,
      bundled: true,
    };
  }
  const scheme = uri.split('://')[0] ?? '';
  if (!uri.includes('://') || !SCHEMES.includes(scheme)) {
    throw new WutongError('store', 'STORE_BAD_URI', `NEO4J_URI must start with one of ${SCHEMES.map((s) => s + '://').join(', ')}; got ${uri}`);
  }
  return {
    uri,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
    bundled: false,
  };
}
