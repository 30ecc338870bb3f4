import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createArticleCategoriesStep } from "../steps/create-article-categories"
import { deleteArticleCategoriesStep } from "../steps/delete-article-categories"
import { updateArticleCategoryStep } from "../steps/update-article-category"
import {
  CreateArticleCategoriesWorkflowInput,
  DeleteArticleCategoriesWorkflowInput,
  UpdateArticleCategoriesWorkflowInput,
} from "../types"

export const createArticleCategoriesWorkflowId = "create-support-article-categories"
export const updateArticleCategoriesWorkflowId = "update-support-article-categories"
export const deleteArticleCategoriesWorkflowId = "delete-support-article-categories"

/** Creates knowledge-base categories (handle from the title when absent, unique). */
export const createArticleCategoriesWorkflow = createWorkflow(
  createArticleCategoriesWorkflowId,
  (input: WorkflowData<CreateArticleCategoriesWorkflowInput>) => {
    const categories = createArticleCategoriesStep(input.article_categories)
    emitEventStep({
      eventName: HelpdeskEvents.ARTICLE_CATEGORY_CREATED,
      data: transform({ categories }, ({ categories }) => categories.map((c) => ({ id: c.id }))),
    })
    return new WorkflowResponse(categories)
  }
)

/** Changes a category (404 when missing or deleted). */
export const updateArticleCategoriesWorkflow = createWorkflow(
  updateArticleCategoriesWorkflowId,
  (input: WorkflowData<UpdateArticleCategoriesWorkflowInput>) => {
    const category = updateArticleCategoryStep(input)
    emitEventStep({
      eventName: HelpdeskEvents.ARTICLE_CATEGORY_UPDATED,
      data: transform({ category }, ({ category }) => ({ id: category.id })),
    })
    return new WorkflowResponse(category)
  }
)

/** Soft-deletes categories; their articles stay, without a category. */
export const deleteArticleCategoriesWorkflow = createWorkflow(
  deleteArticleCategoriesWorkflowId,
  (input: WorkflowData<DeleteArticleCategoriesWorkflowInput>) => {
    const deleted = deleteArticleCategoriesStep(input.ids)
    emitEventStep({
      eventName: HelpdeskEvents.ARTICLE_CATEGORY_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    return new WorkflowResponse(deleted)
  }
)
