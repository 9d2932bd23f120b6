/**
 * Astro integration that checks all content (src/cli/contentProblems.ts) before Astro reads any
 * of it; a build first ingests the sources (ingestFirst). `astro build` stops at once with every
 * problem as `file:line:column`, what was found and the fix: Astro would otherwise report the
 * first problem only, wrapped in its own wording with a stack trace. `astro dev` keeps running and
 * reports problems in the terminal and the browser whenever content changes, and says when they
 * are fixed. The check parses every article page (parsePages: pages unchanged since the last
 * build come from its cache, the others are parsed in worker threads for a large site), and the
 * pages use that parse: a build parses each page at most once.
 */
import { relative, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentProblems } from './contentProblems';
import { ingestSources, ingestSummary, notIngested } from './ingestSources';
import { parsePages, type WrittenPages } from './parsePages';
import { readContent } from './readContent';
import type { WrittenPage } from './writePlan';

/**
 * A build ingests first, as `npm run ingest` would (pages edited by hand are kept), and keeps
 * each page written as it read it then: the check need not read it again. A source that cannot
 * be ingested stops the build.
 */
async function ingestFirst(root: string, logger: AstroIntegrationLogger): Promise<WrittenPages> {
  const written = new Map<string, WrittenPage>();
  const { reports, problems } = await ingestSources(root, undefined, (page) => written.set(page.file, page));
  for (const r of reports) for (const m of r.messages) logger.info(m);
  logger.info(ingestSummary(reports));
  if (problems.length) {
    logger.error(`${problems.join('\n')}\nThe build stopped: ${notIngested(problems)} and build again.`);
    process.exit(1);
  }
  return written;
}

const summary = (problems: string[]) => `${problems.length} content problem${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`;

export default function contentGuard(): AstroIntegration {
  return {
    name: 'explainer:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = process.cwd();
        const written = command === 'build' ? await ingestFirst(root, logger.fork('explainer:ingest')) : undefined;
        const content = readContent(root);
        const { cached, parsed, fromIngest, threads } = await parsePages(root, content.articles, undefined, written);
        const { problems, unreadable, articles } = contentProblems(content);
        if (problems.length === 0 && command === 'build') logger.info(`${articles.length} article pages checked (${cached} read by an earlier build, ${fromIngest} from the trees ingest wrote them from, ${parsed - fromIngest} parsed${threads ? `; ${threads} threads` : ''})`);
        // The preview starts despite problems in the prose (it shows them), but Astro cannot load a
        // page whose front matter is broken. Throwing here would make Astro call it "an unhandled
        // error" and append a stack trace, so the message is printed and the process ends.
        if (problems.length === 0 || (command === 'dev' && unreadable.length === 0)) return;
        const stopped = command === 'build' ? 'The build stopped' : `The preview cannot start until the front matter of ${unreadable.join(', ')} is fixed`;
        logger.error(`${summary(problems)}\n${stopped}: fix the problems above (npm run check lists them again).`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        let problems: string[] = [];
        let timer: NodeJS.Timeout | undefined;
        // Vite's error overlay: shown in every open page, and again on each page load, until fixed.
        const overlay = () => problems.length && server.ws.send({ type: 'error', err: { name: 'Content check', message: summary(problems), stack: '' } });
        const report = () => {
          const before = problems.join('\n');
          problems = contentProblems(readContent(root)).problems;
          if (problems.join('\n') !== before) {
            if (problems.length) logger.error(summary(problems));
            else if (before) logger.info('content problems fixed');
          }
          overlay();
        };
        server.ws.on('connection', overlay);
        const onFile = (path: string) => {
          if (!relative(root, path).split(sep).join('/').startsWith('content/')) return;
          clearTimeout(timer);
          timer = setTimeout(report, 200);
        };
        server.watcher.on('add', onFile);
        server.watcher.on('change', onFile);
        server.watcher.on('unlink', onFile);
        report();
      },
    },
  };
}
