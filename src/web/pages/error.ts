import { html } from "../html.ts";
import { layout } from "../layout.ts";

export function errorPage(err: { status: number; message: string }): string {
  return layout({ title: `${err.status}`, body: html`<section class="card"><h1>${err.status}</h1><p>${err.message}</p><p><a href="/">Back to the overview</a></p></section>` });
}
