// The OpenAPI document of the running app, as the security suite reads it: every operation with its
// parameters and the schema of its JSON body.
import type { TestApp } from '../support/app';

export interface Schema {
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As in the document: /api/v1/me/connections/{id} */
  path: string;
  pathParameters: string[];
  queryParameters: Array<{ name: string; schema: Schema }>;
  body?: Schema;
  /** The media types the body may have. */
  consumes: string[];
}

interface Document {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface RawOperation {
  parameters?: Array<{ name: string; in: string; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export async function operationsOf(t: TestApp): Promise<Operation[]> {
  const document = (await t.http().get('/api/docs-json').expect(200)).body as Document;
  const resolve = (schema: Schema | undefined, depth = 0): Schema | undefined => {
    if (!schema || depth > 5) return schema;
    if (schema.$ref) return resolve(document.components?.schemas?.[schema.$ref.split('/').pop()!], depth + 1);
    if (schema.allOf?.length) return resolve(schema.allOf[0], depth + 1);
    if (schema.properties)
      return {
        ...schema,
        properties: Object.fromEntries(
          Object.entries(schema.properties).map(([name, child]) => [name, resolve(child, depth + 1) ?? {}]),
        ),
      };
    return schema;
  };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const parameters = raw.parameters ?? [];
      const content = raw.requestBody?.content ?? {};
      operations.push({
        method,
        path,
        pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParameters: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: resolve(p.schema) ?? {} })),
        body: resolve(content['application/json']?.schema),
        consumes: Object.keys(content),
      });
    }
  }
  return operations;
}

/** The operation's path with each parameter replaced (by `values[name]`, else `fallback`). */
export function fillPath(operation: Operation, values: Record<string, string>, fallback: string): string {
  return operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? fallback);
}
