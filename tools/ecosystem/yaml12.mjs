// Each document as js-yaml (YAML 1.2, the reader of most JavaScript tooling) reads it, as JSON:
// { "<path>": <document> }. contract_tests/ecosystem.py compares it with what PyYAML reads.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const read = Object.fromEntries(
  process.argv.slice(2).map((path) => [path, yaml.load(readFileSync(path, "utf8"))]),
);
process.stdout.write(JSON.stringify(read));
