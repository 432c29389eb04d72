/**
 * One Markdown worker thread: builds Astro's `unified()` renderer with the archive's options once,
 * then renders every body it is sent. Started by `parallel-processor.ts`; Node runs this file
 * directly, which is why the pipeline's own imports carry their `.ts` extensions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { markdownOptions, type MarkdownSettings } from './index.ts';
import type { RenderReply, RenderRequest } from './parallel-processor.ts';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread of parallel-processor.ts');

const { settings, shared } = workerData as {
  settings: Omit<MarkdownSettings, 'warn'>;
  shared: AstroMarkdownOptions;
};
const reply = (message: RenderReply) => port.postMessage(message);
const renderer = await unified(
  markdownOptions({ ...settings, warn: (warning) => reply({ warning }) }),
).createRenderer(shared);

port.on('message', ({ id, content, fileURL, frontmatter }: RenderRequest) => {
  renderer
    .render(content, {
      ...(frontmatter ? { frontmatter } : {}),
      ...(fileURL ? { fileURL: new URL(fileURL) } : {}),
    })
    .then(
      (result) => reply({ id, result }),
      (error: unknown) => reply({ id, error: error instanceof Error ? error.message : String(error) }),
    );
});
