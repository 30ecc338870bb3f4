"use client"
import { useRef, useState } from "react"
import { attempt, setup, type ActionResult, type CommonProps } from "./shared.js"

export type ArticleFeedbackProps = CommonProps & {
  handle: string
  /** Sends the vote (a server action in Next.js, the browser client in the embed). */
  onFeedback: (handle: string, helpful: boolean) => ActionResult<unknown>
}

/** "Was this article helpful?" yes / no; the server counts one vote per visitor. */
export function ArticleFeedback(props: ArticleFeedbackProps) {
  const { t } = setup(props)
  const [state, setState] = useState<"idle" | "busy" | "done">("idle")
  const [error, setError] = useState<string>()
  const status = useRef<HTMLParagraphElement>(null)
  async function vote(helpful: boolean) {
    setState("busy")
    setError(undefined)
    const [, err] = await attempt(t, () => props.onFeedback(props.handle, helpful))
    setState(err ? "idle" : "done")
    setError(err)
    // Buttons disappear after a vote: move focus to the answer so keyboard users are not lost.
    setTimeout(() => status.current?.focus(), 0)
  }
  return (
    <div className="mhd-feedback" role="group" aria-labelledby="mhd-feedback-q">
      {state === "done" ? (
        <p className="mhd-success" ref={status} tabIndex={-1} role="status">
          {t("article.thanks")}
        </p>
      ) : (
        <>
          <p id="mhd-feedback-q" className="mhd-feedback-q">
            {t("article.helpfulQuestion")}
          </p>
          <button type="button" className="mhd-button" disabled={state === "busy"} onClick={() => vote(true)}>
            {t("article.yes")}
          </button>
          <button type="button" className="mhd-button" disabled={state === "busy"} onClick={() => vote(false)}>
            {t("article.no")}
          </button>
          {error && (
            <p className="mhd-error" role="alert" ref={status} tabIndex={-1}>
              {error}
            </p>
          )}
        </>
      )}
    </div>
  )
}
