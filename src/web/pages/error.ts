import type { HttpError } from "../../server/http-error.ts";
import { html } from "../html.ts";
import { layout } from "../layout.ts";

export function errorPage(err: HttpError): string {
  return layout({ title: `${err.status}`, body: html`<section class="card"><h1>${err.status}</h1><p>${err.message}</p><p><a href="/">Back to the timeline</a></p></section>` });
}
