// The TypeScript types of one contract document, as a team adopting the kit would make them:
// openapi-typescript's Node API, with its documented `transform` hook typing binary parts as Blob
// (the CLI would type them as string). Usage: node generate.mjs <document.yaml> <schema.d.ts>
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const [document, output] = process.argv.slice(2);
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const ast = await openapiTS(pathToFileURL(document), {
  transform(schema) {
    if (schema.format === "binary") return BLOB;
    return undefined;
  },
});
writeFileSync(output, astToString(ast));
