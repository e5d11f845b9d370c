export {
  projectSchema,
  expectationOf,
  type CustomIssueParams,
  type ProjectSchemaInput,
  type ProjectSchemaOutput,
} from './project-schema.js';
