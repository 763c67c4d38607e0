import { html } from "../html.ts";
import { layout } from "../layout.ts";

/** What happened to one posted article (the server's ingest result, as this page shows it). */
export interface PostedResult {
  name: string;
  status: string;
  articleHref?: string;
  error?: string;
}

export function ingestPage(enabled: boolean, results: PostedResult[] | null = null): string {
  const body = html`<h1>Add articles</h1>
${results ? html`<section class="card results"><h2>Result</h2><ul>${results.map(
    (r) => html`<li class="result-${r.status}"><b>${r.name}</b>: ${r.status}${r.error ? ` (${r.error})` : ""}${r.articleHref ? html` · <a class="article-link" href="${r.articleHref}">open</a>` : ""}</li>`,
  )}</ul></section>` : ""}
${enabled ? html`<form class="card ingest" method="post" action="/ingest" enctype="multipart/form-data">
  <label>Paste an article <textarea name="text" rows="12" placeholder="Headline, date line and text of the article"></textarea></label>
  <label>or upload .txt files <input type="file" name="files" multiple accept=".txt,text/plain"></label>
  <label>Ingest token <input type="password" name="token" required autocomplete="off"></label>
  <button type="submit">Extract and store</button>
</form>` : html`<p class="card">Adding articles from the browser is off. Start the server with <code>communique serve --token TOKEN</code> to enable it.</p>`}`;
  return layout({ title: "Add articles", body, nav: "ingest" });
}
