/**
 * The JSON Schemas of the data downloads, kept in `docs/schemas/` and served beside the files at
 * `/data/schemas/`, and the data dictionary the data page reads from them: each field with
 * what it means, so the page and the schemas cannot disagree.
 */
import article from '../../docs/schemas/article.schema.json' with { type: 'json' };
import articles from '../../docs/schemas/articles.schema.json' with { type: 'json' };
import cslItems from '../../docs/schemas/csl-items.schema.json' with { type: 'json' };
import glossary from '../../docs/schemas/glossary.schema.json' with { type: 'json' };
import people from '../../docs/schemas/people.schema.json' with { type: 'json' };

/** Every schema by its file name. */
export const DATA_SCHEMAS: ReadonlyMap<string, object> = new Map(
  [article, articles, cslItems, glossary, people].map((schema) => [schema.$id, schema]),
);

/** The part of a JSON Schema the dictionary reads. */
interface ObjectSchema {
  required?: readonly string[];
  properties?: Record<string, { description?: string }>;
}

/** One field of a record in the data dictionary. */
export interface DictionaryField {
  name: string;
  meaning: string;
  /** Whether every record has it. */
  required: boolean;
}

function fieldsOf(schema: ObjectSchema): DictionaryField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    meaning: property.description ?? '',
    required: schema.required?.includes(name) ?? false,
  }));
}

/** The records of the JSON files, each with its fields, for the data page. */
export const JSON_DICTIONARY = [
  { file: 'articles.json', record: 'an article (also /articles/<id>/index.json)', fields: fieldsOf(article) },
  { file: 'people.json', record: 'a person (persons)', fields: fieldsOf(people.properties.persons.items) },
  { file: 'people.json', record: 'a speech (speeches)', fields: fieldsOf(people.properties.speeches.items) },
  { file: 'glossary.json', record: 'a term (terms)', fields: fieldsOf(glossary.properties.terms.items) },
];
