export {
  projectSchema,
  expectationOf,
  unsafeScheme,
  type CustomIssueParams,
  type ProjectSchemaInput,
  type ProjectSchemaOutput,
} from './project-schema.js';
