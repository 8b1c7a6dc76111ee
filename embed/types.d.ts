// The scenario and result types, generated from the Rust types into pkg/types.d.ts (by the
// wasm build). This is the only place embed/ names that file: if the generated names or path
// change, change this line.
export type { Scenario, Estimate, Headline, GapAnalysis, Choices, FieldError, RegionName as Region, Listing, EstimateReply, HeadlineReply, GapsReply, ChoicesReply, ValidateReply, RegionsReply, ParamsReply } from '../pkg/types';
