/**
 * Every problem in the content at once: the sources, the data files editors extend, every article
 * page (front matter, MDX syntax, annotations) and the links between pages. The same checks the
 * build and ingest make, run over files passed in, so `npm run check`, the build's preflight and
 * the dev server report identical messages. Pure.
 */
import { formatProblem, type Problem } from '../annotations/problems';
import { crossReferenceProblems } from '../aggregate/crossReferences';
import type { ArticleData } from '../aggregate/parseArticle';
import { parsedArticle } from '../aggregate/parsedArticle';
import { LandmarkFileSchema } from '../ingest/landmarkDates';
import { CuratedAreaFileSchema, loadReferenceAreas, type ReferenceAreas } from '../ingest/referenceAreas';
import { CuratedFileSchema } from './buildGazetteer';
import { jsonFileProblems } from './jsonFileProblems';
import type { PageText } from './parsePage';
import { checkSources, type SourceFile } from './sourceFiles';

export interface ContentFiles {
  sources: SourceFile[];
  /** content/articles/*.mdx, each with its path from the project root. */
  articles: PageText[];
  /** content/data/reference-areas.json, place-variants.json and landmark-dates.json as written. */
  referenceAreas: string;
  placeVariants: string;
  landmarkDates: string;
}

export interface ContentCheck {
  /** `file:line:column what was found`, then a `  hint:` line with the fix; in file order. */
  problems: string[];
  /** The pages that could be read (with their own problems listed above). */
  articles: ArticleData[];
  /** Pages whose front matter has a problem: Astro cannot load these at all. */
  unreadable: string[];
}

const AREAS_FILE = 'content/data/reference-areas.json';
const VARIANTS_FILE = 'content/data/place-variants.json';
const LANDMARKS_FILE = 'content/data/landmark-dates.json';
const LANDMARK_EXAMPLE = '{ "name": "Russia\'s full-scale invasion of Ukraine", "date": "2022-02-24", "aliases": ["the war"], "mentions": ["Ukraine"], "source": "Reuters, 24 Feb 2022" }';

/** A figure "the size of X" needs X in the reference table, or its own km2. */
function unknownAreaProblems(article: ArticleData, areas: ReferenceAreas): Problem[] {
  return article.figures
    .filter((f) => f.unit.startsWith('reference:') && f.km2 === undefined && !areas.find(f.unit.slice('reference:'.length)))
    .map((f) => ({
      line: f.line,
      column: f.column,
      element: 'Figure',
      attrs: { id: f.id, unit: f.unit },
      attribute: 'unit',
      message: `unit="${f.unit}" names an area we have no size for, so the figure cannot be converted to km²`,
      hint: `give its size, e.g. km2="6707", or add "${f.unit.slice('reference:'.length)}" to ${AREAS_FILE} (see docs/EDITING.md)`,
    }));
}

export function contentProblems(files: ContentFiles): ContentCheck {
  const sources = checkSources(files.sources).problems.map((p) => p.message);

  const areasFile = jsonFileProblems(AREAS_FILE, files.referenceAreas, CuratedAreaFileSchema, '{ "name": "Devon", "km2": 6707, "source": "ONS 2021" }');
  const data = [
    ...areasFile.problems,
    ...jsonFileProblems(VARIANTS_FILE, files.placeVariants, CuratedFileSchema, '{ "name": "Kharkiv", "variants": ["Kharkov"] }').problems,
    ...jsonFileProblems(LANDMARKS_FILE, files.landmarkDates, LandmarkFileSchema, LANDMARK_EXAMPLE).problems,
  ];
  let areas: ReferenceAreas | undefined;
  try {
    areas = areasFile.data && loadReferenceAreas(areasFile.data);
  } catch (e) {
    data.push(`${AREAS_FILE}:1:1 ${(e as Error).message.replace(/^reference-areas\.json: /, '')}\n  hint: give the area its km2 and a source, or use the country's name as world-countries spells it`);
  }

  const pages: string[] = [];
  const articles: ArticleData[] = [];
  const unreadable: string[] = [];
  for (const { file, raw } of files.articles) {
    const { article, frontmatterProblems } = parsedArticle(file, raw);
    if (frontmatterProblems.length) unreadable.push(file);
    articles.push(article);
    const found = [...frontmatterProblems, ...article.problems, ...(areas ? unknownAreaProblems(article, areas) : [])];
    found.sort((a, b) => a.line - b.line || a.column - b.column);
    pages.push(...found.map((p) => formatProblem(file, p)));
  }
  return { problems: [...sources, ...data, ...pages, ...crossReferenceProblems(articles)], articles, unreadable };
}
