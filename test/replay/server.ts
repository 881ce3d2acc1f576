/**
 * A chat-completions server on 127.0.0.1 that replays recorded answers, so the real OpenAI client
 * can be tested without a network or a key. A recording answers the requests whose first user
 * message contains `match`; successive requests get successive answers (the last one repeats).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedAnswer {
  /** Wait before answering (to test time-outs). */
  delayMs?: number;
  /** Answer with this HTTP error status instead of a completion. */
  status?: number;
  /** Tool-call arguments: an object is sent as JSON, a string as it is (to send malformed JSON). */
  arguments?: unknown;
  /** Plain message text instead of a tool call. */
  content?: string;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface Recording {
  name: string;
  match: string;
  answers: RecordedAnswer[];
}

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  tools?: Array<{ function: { name: string } }>;
}

export interface ReplayServer {
  /** Base URL for the OpenAI client (…/v1). */
  url: string;
  /** Every request received, in order. */
  requests: ChatRequest[];
  close(): Promise<void>;
}

export function loadRecordings(dir: URL = new URL('./recordings/', import.meta.url)): Recording[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Recording[]);
}

export async function startReplayServer(recordings: Recording[], port = 0): Promise<ReplayServer> {
  const requests: ChatRequest[] = [];
  const served = new Map<Recording, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const part of req) body += String(part);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return send(res, 404, { error: { message: 'not found' } });
    const request = JSON.parse(body) as ChatRequest;
    requests.push(request);
    const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
    const recording = recordings.find((r) => user.includes(r.match));
    if (!recording) return send(res, 400, { error: { message: `no recording matches: ${user.slice(0, 80)}` } });
    const count = served.get(recording) ?? 0;
    served.set(recording, count + 1);
    const answer = recording.answers[Math.min(count, recording.answers.length - 1)];
    if (answer.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (timers.delete(timer), resolve()), answer.delayMs);
        timers.add(timer);
      });
    }
    if (res.destroyed) return undefined;
    if (answer.status) return send(res, answer.status, { error: { message: `recorded status ${answer.status}`, type: 'replay' } });
    return send(res, 200, completion(request, answer));
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function completion(request: ChatRequest, answer: RecordedAnswer): object {
  const tool = request.tools?.[0]?.function.name ?? 'extract';
  const args = typeof answer.arguments === 'string' ? answer.arguments : JSON.stringify(answer.arguments ?? {});
  const message = answer.content !== undefined
    ? { role: 'assistant', content: answer.content }
    : { role: 'assistant', content: null, tool_calls: [{ id: 'call_replay', type: 'function', function: { name: tool, arguments: args } }] };
  // Without a recorded usage, about four characters a token: enough for the counters to be tested.
  const usage = answer.usage ?? {
    prompt_tokens: Math.ceil(JSON.stringify(request.messages).length / 4),
    completion_tokens: Math.ceil(args.length / 4),
  };
  return {
    id: 'chatcmpl-replay',
    object: 'chat.completion',
    created: 0,
    model: request.model,
    choices: [{ index: 0, message, finish_reason: answer.content !== undefined ? 'stop' : 'tool_calls' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
