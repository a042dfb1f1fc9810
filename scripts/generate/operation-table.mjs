// Builds the operation table of one OpenAPI document: the facts clients and mocks read instead of retyping them.
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function resolve(document, value) {
  let current = value;
  while (current && typeof current === 'object' && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  }
  return current;
}

function enumOf(document, schema) {
  const resolved = resolve(document, schema);
  if (!resolved || typeof resolved !== 'object') {
    return undefined;
  }
  if (Array.isArray(resolved.enum)) {
    return resolved.enum.map(String);
  }
  if (resolved.type === 'array' || resolved.items) {
    return enumOf(document, resolved.items);
  }
  return undefined;
}

function securityOf(document, operation) {
  const requirements = operation.security ?? document.security ?? [];
  return requirements.map((requirement) => Object.keys(requirement));
}

function parameterEnums(document, pathItem, operation) {
  const enums = {};
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve(document, raw);
    const values = parameter && enumOf(document, parameter.schema);
    if (values) {
      enums[parameter.name] = values;
    }
  }
  return enums;
}

function successStatuses(operation) {
  return Object.keys(operation.responses ?? {})
    .map(Number)
    .filter((status) => Number.isInteger(status) && status < 400)
    .sort((a, b) => a - b);
}

/** Every operation of `document`, keyed by operationId, in path order. */
export function operationTable(document, provider) {
  const table = {};
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve(document, rawItem);
    for (const method of methods) {
      const operation = pathItem[method];
      if (!operation) {
        continue;
      }
      if (!operation.operationId) {
        throw new Error(`openapi/${provider}.yaml: ${method.toUpperCase()} ${path} has no operationId`);
      }
      if (!operation['x-conduit-bucket']) {
        throw new Error(`openapi/${provider}.yaml: ${operation.operationId} has no x-conduit-bucket`);
      }
      const entry = {
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        bucket: operation['x-conduit-bucket'],
        security: securityOf(document, operation),
        successStatuses: successStatuses(operation),
        requestContentTypes: Object.keys(resolve(document, operation.requestBody)?.content ?? {}),
        parameterEnums: parameterEnums(document, pathItem, operation),
      };
      if (operation['x-conduit-pagination']) {
        entry.pagination = operation['x-conduit-pagination'];
      }
      table[operation.operationId] = entry;
    }
  }
  return table;
}
