import { createStep, createWorkflow, ReturnWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

/**
 * A workflow that runs `workflow` as a step and then fails with "boom": running it proves that
 * what `workflow` did is rolled back by its compensations. `name` must be unique per test file.
 */
export function thenFail<TInput>(name: string, workflow: ReturnWorkflow<TInput, any, any>) {
  const boom = createStep(`test-${name}-boom`, async () => {
    throw new Error("boom")
  })
  return createWorkflow(`test-${name}-then-fail`, (input: WorkflowData<TInput>) => {
    workflow.runAsStep({ input } as any)
    boom()
    return new WorkflowResponse(null)
  })
}
