import type { ManagedTransaction } from 'neo4j-driver';
import { WutongError } from '../shared/errors';
import rules from './read-only.json';

/** One operator of Neo4j's plan, as the driver gives it (`operatorType` may end in `@database`). */
export interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

/** What EXPLAIN tells about a query, the facts a refusal is decided on. */
export interface ExplainedQuery {
  /** 'r' read, 'w' write, 'rw' both, 's' schema or administration. */
  queryType: string;
  /** The database the query was planned for. */
  database: string | undefined;
  plan: PlanStep | false;
}

const WRITE_HINT = 'the viewer and wutong query only read the graph (wutong query --write is the explicit way to write)';

const matches = (patterns: readonly string[], name: string): boolean =>
  patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));

// A name in a plan's details: plain or `quoted` parts joined by dots. A call is a name right before '(';
// the look-behind keeps labels (n:Label(…)), parameters and the inside of a quoted alias out.
const PART = '(?:[A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)*`)';
const CALL = new RegExp(`(?<![\\w.$:\`])(${PART}(?:\\.${PART})*)\\(`, 'g');
const LEADING_CALL = new RegExp(`^\\s*(${PART}(?:\\.${PART})*)\\(`);

function unquote(name: string): string {
  return name.replace(new RegExp(PART, 'g'), (part) => (part.startsWith('`') ? part.slice(1, -1).replace(/``/g, '`') : part));
}

/** Calls of namespaced functions (a.b(…)) in a plan step's details; names without a dot are Neo4j's own. */
function namespacedCalls(details: string): string[] {
  return [...details.matchAll(CALL)].map((m) => unquote(m[1]!)).filter((name) => name.includes('.'));
}

/** ShowTransactions → SHOW TRANSACTIONS, the way the user wrote it. */
function commandName(operator: string): string {
  return operator === 'AdministrationCommand' ? 'an administration command' : operator.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toUpperCase();
}

function refusalOfStep(step: PlanStep, database: string | undefined, builtIns: ReadonlySet<string>): string | null {
  const at = step.operatorType.lastIndexOf('@');
  const operator = at < 0 ? step.operatorType : step.operatorType.slice(0, at);
  const stepDatabase = at < 0 ? undefined : step.operatorType.slice(at + 1);
  let details = String(step.arguments.Details ?? step.arguments.details ?? '');
  if (matches(rules.commands.operators, operator) && !rules.commands.allowed.includes(operator)) {
    return `${commandName(operator)}: the viewer and wutong query read the graph, they do not administer the server`;
  }
  if (operator === 'LoadCSV') return 'LOAD CSV: it reads files and fetches URLs from the database server';
  // A procedure is a ProcedureCall step, or (on the system database) a step named after it.
  const procedure = operator === 'ProcedureCall' ? LEADING_CALL.exec(details)?.[1] : operator.includes('.') ? operator : undefined;
  if (procedure !== undefined) {
    const name = unquote(procedure);
    if (!matches(rules.procedures.allowed, name)) {
      return `CALL ${name}: procedures can read files, reach the network or administer the server, so only ${rules.procedures.allowed.join(', ')} are called here`;
    }
    details = details.replace(LEADING_CALL, '(');
  }
  if (stepDatabase !== undefined && database !== undefined && stepDatabase !== database) {
    return `a query on the database ${stepDatabase}: only the graph's own database (${database}) is read here`;
  }
  if (matches(rules.writes.operators, operator)) return `a write (${operator}): ${WRITE_HINT}`;
  for (const name of namespacedCalls(details)) {
    if (!builtIns.has(name) && !matches(rules.functions.allowed, name)) {
      return `${name}(): plugin functions can run Cypher, read files or reach the network, so only Neo4j's own and ${rules.functions.allowed.join(', ')} are called here`;
    }
  }
  return null;
}

/**
 * Why a query may not run as a user's read query, or null when it only reads the graph. Every step
 * of the plan is judged (subqueries included); the query type comes last, for the writes and schema
 * commands no single step gives away.
 */
export function readOnlyRefusal(explained: ExplainedQuery, builtIns: ReadonlySet<string>): string | null {
  if (explained.plan === false) return 'a query Neo4j gave no plan for, so it cannot be checked';
  const pending = [explained.plan];
  for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
    const refusal = refusalOfStep(step, explained.database, builtIns);
    if (refusal !== null) return refusal;
    pending.push(...step.children);
  }
  if (explained.queryType === 'w' || explained.queryType === 'rw') return `a write: ${WRITE_HINT}`;
  if (explained.queryType !== 'r') return `a schema or administration command: ${WRITE_HINT}`;
  return null;
}

/** EXPLAINs the query in the caller's transaction (same parameters) and throws GRAPH_QUERY_REFUSED unless it only reads. */
export async function assertReadOnly(
  tx: ManagedTransaction, query: string, params: Record<string, unknown>, builtIns: ReadonlySet<string>,
): Promise<void> {
  const { summary } = await tx.run(`EXPLAIN ${query}`, params);
  const explained: ExplainedQuery = {
    queryType: summary.queryType, database: summary.database.name ?? undefined, plan: (summary.plan as PlanStep | false) ?? false,
  };
  const refusal = readOnlyRefusal(explained, builtIns);
  if (refusal !== null) throw new WutongError('graph', 'GRAPH_QUERY_REFUSED', `refused ${refusal}`);
}
