// A TypeScript client of the mock, as a team adopting the kit would write it: types generated from
// one dialect's document by openapi-typescript (./schema.d.ts, written by generate.mjs), calls made
// with openapi-fetch. The same source compiles (tsc --strict) against each dialect's types.
//
//   node flows.js <api base URL> <storage origin> <dialect> <API key>
//
// Prints one JSON line per flow ({"flow", "ok", "detail"}) and exits 1 if any failed.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type Schemas = components["schemas"];
type Outcome = { data?: { code: string | number; msg: string; data?: unknown }; response: Response };

const [baseUrl, origin, dialect, key] = process.argv.slice(2);
if (!baseUrl || !origin || !dialect || !key) {
  throw new Error("usage: node flows.js <base URL> <storage origin> <dialect> <API key>");
}
const SUCCESS = dialect === "modern" ? 200 : "0000";
const MODEL = "multimodalembedding@001";
const DIMENSION = 1408;

const api = createClient<paths>({ baseUrl, headers: { Authorization: key } });
// The storage behind a signed URL is not the API: its own origin, and no key.
const storage = createClient<paths>({ baseUrl: origin });

/** The payload of a success; anything else (an error at its status, or at 200) throws. */
function payload<T>(label: string, result: Outcome): T {
  const envelope = result.data;
  if (envelope === undefined) {
    throw new Error(`${label}: HTTP ${result.response.status}`);
  }
  if (envelope.code !== SUCCESS || envelope.data === null || envelope.data === undefined) {
    throw new Error(`${label}: code ${JSON.stringify(envelope.code)}, ${envelope.msg}`);
  }
  return envelope.data as T;
}

function clip(label: string): Blob {
  const bytes = new TextEncoder().encode(`\u0000\u0000\u0000\u0018ftypmp42 ${label} ${Date.now()}`);
  return new Blob([bytes], { type: "video/mp4" });
}

/** A multipart body with one part, `file`, named so that its extension names the format. */
function multipart(filename: string): (body: { file: Blob }) => FormData {
  return (body) => {
    const form = new FormData();
    form.append("file", body.file, filename);
    return form;
  };
}

async function waitUntilReady(assetId: string): Promise<Schemas["AssetRecord"]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const result = await api.GET("/{asset_id}/metadata", { params: { path: { asset_id: assetId } } });
    const metadata = payload<Schemas["AssetMetadata"]>("metadata", result);
    const record = metadata.resource[0];
    if (record === undefined) throw new Error(`metadata of ${assetId}: no record`);
    if (record.upload_status === "SUCCESS") return record;
    if (record.upload_status === "FAILED") throw new Error(`${assetId} FAILED`);
    if (Date.now() > deadline) throw new Error(`${assetId} still ${record.upload_status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function embed(assetId: string): Promise<string> {
  const result = await api.POST("/embeddings/video", { body: { asset_id: assetId, model: MODEL } });
  const vector = payload<Schemas["VideoEmbedding"]>("embed", result).embedding;
  if (vector.length !== DIMENSION) throw new Error(`embedding of ${vector.length} numbers`);
  return `${assetId}: ${vector.length} numbers`;
}

async function uploadFlow(): Promise<string> {
  const result = await api.POST("/upload", {
    body: { file: clip("direct") },
    bodySerializer: multipart("clip.mp4"),
  });
  const { asset_id } = payload<Schemas["UploadResult"]>("upload", result);
  await waitUntilReady(asset_id);
  return embed(asset_id);
}

async function signedUrlFlow(): Promise<string> {
  const result = await api.POST("/upload/signed-url", { body: { original_filename: "big.mp4" } });
  const signed = payload<Schemas["SignedUrl"]>("signed URL", result);
  const url = new URL(signed.signed_url);
  const stored = await storage.POST("/storage/upload/{asset_id}", {
    params: {
      path: { asset_id: signed.asset_id },
      query: {
        expires: Number(url.searchParams.get("expires")),
        signature: url.searchParams.get("signature") ?? "",
      },
    },
    body: { file: clip("signed") },
    bodySerializer: multipart("big.mp4"),
  });
  if (stored.response.status !== 204) throw new Error(`storage: HTTP ${stored.response.status}`);
  await waitUntilReady(signed.asset_id);
  return embed(signed.asset_id);
}

async function unknownAssetFlow(): Promise<string> {
  // Seed and modern: an error at HTTP 400 (openapi-fetch's `error`); legacy: at HTTP 200 (`data`).
  const result = await api.POST("/embeddings/video", { body: { asset_id: "re_1", model: MODEL } });
  const envelope = result.error ?? result.data;
  const expected = dialect === "modern" ? 400 : "0001";
  if (envelope === undefined || envelope.code !== expected) {
    throw new Error(`expected code ${expected}, got ${JSON.stringify(envelope)}`);
  }
  return `HTTP ${result.response.status}, code ${JSON.stringify(envelope.code)}: ${envelope.msg}`;
}

const flows: Record<string, () => Promise<string>> = {
  "upload -> metadata -> embed": uploadFlow,
  "signed URL -> storage -> metadata -> embed": signedUrlFlow,
  "unknown asset -> error": unknownAssetFlow,
};
let failed = 0;
for (const [flow, run] of Object.entries(flows)) {
  try {
    console.log(JSON.stringify({ flow, ok: true, detail: await run() }));
  } catch (error) {
    failed += 1;
    console.log(JSON.stringify({ flow, ok: false, detail: String(error) }));
  }
}
process.exitCode = failed === 0 ? 0 : 1;
