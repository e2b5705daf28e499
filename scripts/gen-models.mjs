// Writes the mechanical part of every model in src/models/ from the spec schema(s) it maps: the wire `…JSON`
// interface's members, the class's field declarations and its constructor, and the type of its `fromJSON`. Every
// model extends ClerkModel (src/models/ClerkModel.ts), which keeps `raw` and serves `fromJSON`; a model that another
// model extends, and that subclass, keep a `fromJSON` method instead.
//
//   node scripts/gen-models.mjs                     rewrite the generated blocks
//   node scripts/gen-models.mjs --check             exit 1 (and name the files) when a committed block is stale
//   --spec FILE                                     read another spec (default: the vendored one)
//   --root DIR                                      work on another checkout (the tests use a temporary copy)
//
// A model opts in with a `// @model Name from Schema [Schema-2 …] [extends Parent]` line inside its class body,
// followed by its `// @override <wire_field> <what>: <text>` lines (hand decisions), then the two blocks:
// `// <generated:NameJSON>` inside the interface and `// <generated:Name>` inside the class. Only the text between
// the markers is rewritten. Each member's doc comment is read back from the block before it is rewritten (keyed by
// the wire field), so docs stay next to their field; a field new in the spec gets a `TODO(doc)` placeholder.
//
// Rules, from the merged schema(s) (a field is required when every schema requires it):
//   `object`                          wire only (the class does not map it)
//   nested model, required            M.fromJSON(data.x)           optional or nullable: data.x ? M.fromJSON(data.x) : null
//   array of a nested model           (data.x ?? []).map(M.fromJSON)
//   other array                       data.x ?? []
//   free-form map (metadata, …)       data.x ?? {}
//   required and not nullable         data.x                       otherwise: data.x ?? null
// Overrides: `name` (SDK field name), `json` (wire member text after the key, such as `?: string | null`), `type`
// (class field type), `value` (constructor expression), `omit` (wire only). A field the spec lacks is kept when it
// has a `json` override.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { camel, DEFAULT_SPEC, deref, isFreeForm, loadSpec, propKey, refName, replaceBlock, tsType, writeOrCheck } from './lib/spec.mjs';

const MODEL_LINE = /^[ \t]*\/\/ @model (\w+) from ([^\n]+?)(?: extends (\w+))?[ \t]*$/gm;
const OVERRIDE_LINE = /^[ \t]*\/\/ @override (\S+) (name|json|type|value|omit)(?:: (.*?))?[ \t]*$/gm;

/** The `@model` and `@override` lines of one model file, or undefined when the file is not generated. */
export function readDirectives(text, file = 'model') {
  const models = [...text.matchAll(MODEL_LINE)];
  if (models.length === 0) return undefined;
  if (models.length > 1) throw new Error(`${file}: one @model line per file`);
  const [, name, schemas, parent] = models[0];
  const overrides = new Map();
  for (const [, wire, what, value] of text.matchAll(OVERRIDE_LINE)) {
    const entry = overrides.get(wire) ?? overrides.set(wire, {}).get(wire);
    if (what !== 'omit' && value === undefined) throw new Error(`${file}: @override ${wire} ${what} needs a value`);
    entry[what] = what === 'omit' ? true : value;
  }
  return { file, name, schemas: schemas.split(/\s+/), parent, overrides };
}

/**
 * The schema a `@model … from` source names: a component schema by name, or any schema of the spec by JSON pointer
 * (`#/paths/~1api_keys/post/…`, for responses the spec declares inline).
 */
export function schemaAt(spec, source) {
  const schema = source.startsWith('#/')
    ? source
        .slice(2)
        .split('/')
        .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, key) => acc?.[key], spec)
    : spec.components?.schemas?.[source];
  if (!schema) throw new Error(`no schema ${source} in the spec`);
  return deref(spec, schema);
}

/** Union of the properties of `schemas`, in first-seen order; required only where every schema requires it. */
function mergedProperties(spec, schemas) {
  const fields = new Map();
  const all = schemas.map((source) => schemaAt(spec, source));
  for (const schema of all) {
    const required = new Set(schema.required ?? []);
    for (const [key, prop] of Object.entries(schema.properties ?? {})) {
      const field = fields.get(key) ?? fields.set(key, { prop, required: true, nullable: false }).get(key);
      if (!required.has(key)) field.required = false;
      if (deref(spec, prop)?.nullable) field.nullable = true;
    }
  }
  for (const [key, field] of fields) if (!all.every((schema) => key in (schema.properties ?? {}))) field.required = false;
  return fields;
}

/**
 * The model behind a property: a `$ref` to a mapped component, `allOf: [$ref]` (how the spec adds `nullable` to
 * one), or a `oneOf`/`anyOf` whose alternatives all map to the same model.
 */
function modelOf(context, prop) {
  if (!prop || typeof prop !== 'object') return undefined;
  const ref = refName(prop);
  if (ref) return context.schemaModel.get(ref);
  if (context.objectModel?.has(prop)) return context.objectModel.get(prop);
  if (prop.allOf?.length === 1) return modelOf(context, prop.allOf[0]);
  const alternatives = (prop.oneOf ?? prop.anyOf ?? []).filter((alt) => alt.type !== 'null');
  const models = new Set(alternatives.map((alt) => modelOf(context, alt)));
  return models.size === 1 ? [...models][0] : undefined;
}

/** Everything the generator needs to know across files: schema → model, and the named string-enum aliases. */
export function collectContext(root) {
  const dir = join(root, 'src/models');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .sort();
  const schemaModel = new Map();
  const aliases = new Map();
  const texts = new Map();
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    texts.set(file, text);
    const directives = readDirectives(text, file);
    if (directives) for (const schema of directives.schemas) schemaModel.set(schema, directives.name);
    for (const match of text.matchAll(/^export type (\w+) =\s*((?:\|?\s*'[^']*'\s*)+);/gm)) {
      const values = [...match[2].matchAll(/'([^']*)'/g)].map((m) => m[1]);
      aliases.set(match[1], { file, key: [...values].sort().join('\n') });
    }
  }
  return { dir, files, texts, schemaModel, aliases };
}

/** Models whose source is an inline schema (a JSON pointer), keyed by that schema object, so a field holding it maps to them. */
export function linkInline(spec, context) {
  context.objectModel = new Map();
  for (const [source, model] of context.schemaModel) if (source.startsWith('#/')) context.objectModel.set(schemaAt(spec, source), model);
}

/**
 * Named string-enum aliases a model file can use, by their sorted values: those it declares, then those it imports.
 */
function aliasesIn(context, file, text) {
  const imported = new Set([...text.matchAll(/^import[^;]*?\{([^}]*)\}/gm)].flatMap((m) => m[1].split(',').map((n) => n.replace(/\btype\b/, '').trim())));
  const byValues = new Map();
  for (const [name, alias] of context.aliases) if (alias.file === file) byValues.set(alias.key, name);
  for (const [name, alias] of context.aliases) if (imported.has(name) && !byValues.has(alias.key)) byValues.set(alias.key, name);
  return byValues;
}

/** Single quotes for string literal types, as Biome writes them. */
const singleQuotes = (text) => text.replace(/"([^"'\\]*)"/g, "'$1'");

/** Wire type text of a property, using `ModelJSON` for mapped components and alias names for known enums. */
function wireType(spec, context, prop) {
  return singleQuotes(wireTypeRaw(spec, context, prop));
}

function wireTypeRaw(spec, context, prop) {
  const schema = deref(spec, prop) ?? {};
  const inline = (node) => (node && !refName(node) ? context.objectModel?.get(node) : undefined);
  if (inline(prop)) return schema.nullable ? `${inline(prop)}JSON | null` : `${inline(prop)}JSON`;
  if (schema.type === 'array' && inline(schema.items)) return `${inline(schema.items)}JSON[]${schema.nullable ? ' | null' : ''}`;
  const withNull = (text) => (schema.nullable || schema.enum?.includes(null) ? `${text} | null` : text);
  const aliasOf = (node) => {
    const values = deref(spec, node)?.enum?.filter((v) => v !== null);
    return values && context.fileAliases?.get([...values].map(String).sort().join('\n'));
  };
  const alias = aliasOf(prop);
  if (alias) return withNull(alias);
  if (schema.type === 'array') {
    const itemAlias = aliasOf(schema.items);
    if (itemAlias) return withNull(`${itemAlias}[]`);
  }
  return tsType(spec, prop, (name) => (context.schemaModel.has(name) ? `${context.schemaModel.get(name)}JSON` : undefined));
}

const stripNull = (text) => text.replace(/ \| null$/, '');

/** The planned fields of one model: wire key, SDK name, wire member text, class type and constructor value. */
export function planModel(spec, context, directives, parentFields = new Set()) {
  const fields = [];
  context.fileAliases = directives.file ? aliasesIn(context, directives.file, context.texts.get(directives.file) ?? '') : new Map();
  const merged = mergedProperties(spec, directives.schemas);
  for (const [wire, field] of merged) {
    if (parentFields.has(wire)) continue;
    const o = directives.overrides.get(wire) ?? {};
    const json = wireType(spec, context, field.prop);
    const member = o.json ?? `${field.required ? '' : '?'}: ${json}`;
    const name = o.name ?? camel(wire);
    const schema = deref(spec, field.prop) ?? {};
    const optional = !field.required || field.nullable;
    const model = modelOf(context, field.prop);
    const itemModel = schema.type === 'array' ? modelOf(context, schema.items) : undefined;
    let value;
    let type;
    if (model) {
      value = optional ? `data.${wire} ? ${model}.fromJSON(data.${wire}) : null` : `${model}.fromJSON(data.${wire})`;
      type = optional ? `${model} | null` : model;
    } else if (itemModel) {
      value = `(data.${wire} ?? []).map(${itemModel}.fromJSON)`;
      type = `${itemModel}[]`;
    } else if (schema.type === 'array') {
      value = `data.${wire} ?? []`;
      type = stripNull(json);
    } else if (isFreeForm(spec, field.prop)) {
      value = `data.${wire} ?? {}`;
      type = stripNull(json);
    } else if (!optional) {
      value = `data.${wire}`;
      type = json;
    } else {
      value = `data.${wire} ?? null`;
      type = / \| null$/.test(json) ? json : `${json} | null`;
    }
    const omit = (wire === 'object' && o.value === undefined) || o.omit === true;
    fields.push({ wire, name, member, type: o.type ?? type, value: o.value ?? value, omit });
  }
  for (const [wire, o] of directives.overrides) {
    if (merged.has(wire) || !o.json) continue;
    if (!o.omit && (!o.type || !o.value)) throw new Error(`${directives.name}: ${wire} is not in the spec; give it type and value overrides too`);
    fields.push({ wire, name: o.name ?? camel(wire), member: o.json, type: o.type, value: o.value, omit: o.omit === true });
  }
  return fields;
}

/** A doc comment re-indented to `indent`. */
function reindent(doc, indent) {
  return doc
    .split('\n')
    .map((line, i) => (i === 0 ? indent + line.trim() : `${indent} ${line.trim()}`))
    .join('\n');
}

/** Doc comments of the members of interface `iface` and class `cls` in `text`, keyed by member name. */
function readDocs(text, iface, cls) {
  const source = ts.createSourceFile('model.ts', text, ts.ScriptTarget.ES2022, true);
  const docsOf = (members) => {
    const out = new Map();
    for (const member of members) {
      if (!member.name || ts.isPrivateIdentifier(member.name)) continue;
      const doc = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc).at(-1);
      if (doc) out.set(member.name.text ?? member.name.getText(source), doc.getText(source));
    }
    return out;
  };
  let wire = new Map();
  let fields = new Map();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === iface) wire = docsOf(statement.members);
    if (ts.isClassDeclaration(statement) && statement.name?.text === cls) fields = docsOf(statement.members.filter(ts.isPropertyDeclaration));
  }
  return { wire, fields };
}

const article = (name) => (/^[AEIOU]/.test(name) ? 'an' : 'a');

/** New text of one model file. */
export function renderModel(spec, context, file, text, parentPlans) {
  const directives = readDirectives(text, file);
  const { name, parent } = directives;
  const json = `${name}JSON`;
  const parentFields = parent ? new Set(parentPlans(parent).map((f) => f.wire)) : undefined;
  const fields = planModel(spec, context, directives, parentFields);
  const heading = `class ${name} extends ${parent ?? `ClerkModel<${json}>`} {`;
  if (!text.includes(`export ${heading}`)) throw new Error(`${file}: the class must be declared as \`export ${heading}\``);
  const docs = readDocs(text, json, name);
  const wireLines = [];
  for (const field of fields) {
    const doc = docs.wire.get(field.wire);
    if (doc) wireLines.push(reindent(doc, '  '));
    wireLines.push(`  ${propKey(field.wire)}${field.member};`);
  }
  const fieldLines = [];
  const ctorLines = [];
  for (const field of fields.filter((f) => !f.omit)) {
    const doc = docs.fields.get(field.name) ?? `/** TODO(doc): what ${field.name} is (spec field \`${field.wire}\`). */`;
    fieldLines.push(reindent(doc, '  '), `  declare readonly ${field.name}: ${field.type};`);
    ctorLines.push(`    this.${field.name} = ${field.value};`);
  }
  // A model that another model extends, and that subclass, keep a static `fromJSON` method (a subclass may narrow a
  // method's parameter, not a function-typed property's); every other model declares the property that
  // ClerkModel's getter serves. Only a model without a parent calls `super` with the JSON alone.
  const methodFactory = parent !== undefined || context.extended?.has(name);
  const body = [
    ...fieldLines,
    ...(methodFactory ? [] : [`  /** Builds ${article(name)} ${name} from the API's JSON (a plain function: pass it to \`map\` as it is). */`]),
    ...(methodFactory ? [] : [`  declare static readonly fromJSON: (data: ${json}) => ${name};`]),
    '',
    `  /** Maps the wire JSON; prefer {@link ${name}.fromJSON}. */`,
    `  constructor(data: ${json}) {`,
    '    super(data);',
    ...ctorLines,
    '  }',
    ...(parent
      ? [
          '',
          '  /** The JSON this object was built from, including fields this SDK version does not map yet. */',
          `  override get raw(): ${json} {`,
          `    return super.raw as ${json};`,
          '  }',
        ]
      : []),
    ...(methodFactory
      ? [
          '',
          `  /** Builds ${article(name)} ${name} from the API's JSON. */`,
          `  static ${parent ? 'override ' : ''}fromJSON(data: ${json}): ${name} {`,
          '    return make(data);',
          '  }',
        ]
      : []),
  ];
  const long = [...wireLines, ...body].flatMap((entry) => entry.split('\n')).find((line) => line.length > 160);
  if (long) throw new Error(`${file}: a generated line is longer than Biome's 160 columns; shorten the override behind it:\n${long}`);
  let out = replaceBlock(text, json, `${wireLines.join('\n')}\n`);
  out = replaceBlock(out, name, `${body.join('\n')}\n`);
  // The constructor call lives outside the class: esbuild renames a class that names itself in its own body (`User`
  // becomes `_User`), and the build keeps real names without keepNames wrappers (see tsup.config.ts).
  const maker = `make-${name}`;
  if (methodFactory) {
    if (!out.includes(`// <generated:${maker}>`)) out = `${out.trimEnd()}\n\n// <generated:${maker}>\n// </generated:${maker}>\n`;
    out = replaceBlock(out, maker, `function make(data: ${json}): ${name} {\n  return new ${name}(data);\n}\n`);
  } else if (out.includes(`// <generated:${maker}>`)) {
    const end = out.indexOf(`// </generated:${maker}>`) + `// </generated:${maker}>`.length;
    out = `${out.slice(0, out.indexOf(`// <generated:${maker}>`)).trimEnd()}\n${out.slice(end).replace(/^\n+/, '\n')}`.replace(/\n+$/, '\n');
  }
  return { text: out, fields };
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const option = (flag) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const root = option('--root') ? resolve(option('--root')) : fileURLToPath(new URL('..', import.meta.url));
  const spec = loadSpec(option('--spec') ?? (option('--root') ? join(root, 'spec/bapi-2026-05-12.yml') : DEFAULT_SPEC));
  const context = collectContext(root);
  linkInline(spec, context);
  const byModel = new Map();
  for (const [file, text] of context.texts) {
    const directives = readDirectives(text, file);
    if (directives) byModel.set(directives.name, directives);
  }
  context.extended = new Set([...byModel.values()].map((directives) => directives.parent).filter(Boolean));
  const parentPlans = (model) => {
    const directives = byModel.get(model);
    if (!directives) throw new Error(`extends ${model}: that model has no @model line`);
    return planModel(spec, context, directives);
  };
  let stale = 0;
  for (const [file, text] of context.texts) {
    if (!readDirectives(text, file)) continue;
    const { text: next } = renderModel(spec, context, file, text, parentPlans);
    if (!writeOrCheck(pathToFileURL(join(context.dir, file)), next, check)) stale++;
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
