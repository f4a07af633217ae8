// Compiled by .ci/run against a TypeScript client generated from openapi/openapi.yaml (openapi-typescript types,
// openapi-fetch calls). It compiles only if parameters carry real types and always-present fields are required:
// no casts, no `!`, no `as`. The @ts-expect-error lines fail the build if the contract loosens again.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

type Offering = components["schemas"]["Offering"];
type Need = components["schemas"]["Need"];

const api = createClient<paths>({ baseUrl: "https://partnermatch.example.org" });

export async function firstPageOfFreeOfferings(): Promise<string[]> {
  const { data, error } = await api.GET("/api/v1/offerings", {
    params: { query: { page: 0, size: 50, cost: "free", active: true, facets: true, q: "tutoring" } },
  });
  if (error) {
    // problem+json: the field that was wrong is named
    return error.violations?.map((v) => `${v.field}: ${v.message}`) ?? [error.title];
  }
  const names: string[] = data.items.map((o: Offering) => `${o.name} (${o.grades}) ${o.modality}`);
  const pages: number = data.totalPages;
  return [...names, `page ${data.page + 1} of ${pages}`];
}

export async function schoolAndItsOpenNeeds(id: string): Promise<string> {
  const school = await api.GET("/api/v1/schools/{id}", { params: { path: { id } } });
  if (!school.data) {
    return school.error?.detail ?? "unknown";
  }
  const needs = await api.GET("/api/v1/needs", {
    params: { query: { schoolId: school.data.id, status: "open", priority: "high", page: 0 } },
  });
  const titles: string[] = needs.data ? needs.data.items.map((n: Need) => `${n.title}: ${n.studentsAffected}`) : [];
  const region: string = school.data.name;
  return `${region}: ${titles.join(", ")}`;
}

export async function typedParametersAreChecked(): Promise<void> {
  // @ts-expect-error page is an integer, not text
  await api.GET("/api/v1/offerings", { params: { query: { page: "abc" } } });
  // @ts-expect-error cost is one of free, sliding_scale, fee
  await api.GET("/api/v1/offerings", { params: { query: { cost: "cheap" } } });
  // @ts-expect-error active is a boolean
  await api.GET("/api/v1/offerings", { params: { query: { active: "yes" } } });
}
