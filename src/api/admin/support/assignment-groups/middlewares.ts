import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { settingPolicy } from "../../../utils/policies"
import { requireJsonBody } from "../../../utils/require-json-body"
import { AdminCreateAssignmentGroup, AdminListAssignmentGroups, AdminUpdateAssignmentGroup } from "./validators"

const BASE = "/admin/support/assignment-groups"
const ONE = /^\/admin\/support\/assignment-groups\/[^/]+$/

export const adminAssignmentGroupRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateAndTransformQuery(AdminListAssignmentGroups, {})], policies: settingPolicy("read") },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminCreateAssignmentGroup)],
    policies: settingPolicy("update"),
  },
  { method: ["GET"], matcher: ONE, policies: settingPolicy("read") },
  { method: ["DELETE"], matcher: ONE, policies: settingPolicy("update") },
  {
    method: ["POST"],
    matcher: ONE,
    middlewares: [requireJsonBody, validateAndTransformBody(AdminUpdateAssignmentGroup)],
    policies: settingPolicy("update"),
  },
]
