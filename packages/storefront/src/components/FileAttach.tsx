"use client"
import { useEffect, useId, useRef, useState } from "react"
import type { Translate } from "../i18n.js"
import type { UploadedFile } from "../types.js"
import { ACCEPTED_TYPES, attempt, MAX_FILE_BYTES, MAX_FILES, type ActionResult } from "./shared.js"

export type Picked = { file: UploadedFile; preview?: string }

/**
 * A file input that uploads what the shopper picks at once (`upload` gets a FormData with
 * `files` entries) and shows a preview of images. The parent keeps the uploaded ids.
 */
export function FileAttach(props: {
  t: Translate
  label: string
  upload: (form: FormData) => ActionResult<UploadedFile[]>
  value: Picked[]
  onChange: (v: Picked[]) => void
  onError: (message: string | undefined) => void
  disabled?: boolean
}) {
  const { t, value, onChange, onError } = props
  const id = `mhd${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const latest = useRef(value)
  latest.current = value
  useEffect(() => () => latest.current.forEach((p) => p.preview && URL.revokeObjectURL(p.preview)), [])

  async function pick(list: FileList | null) {
    const files = Array.from(list ?? [])
    if (!files.length) return
    for (const f of files) {
      if (!ACCEPTED_TYPES.includes(f.type)) return fail(t("error.fileType", { name: f.name }))
      if (f.size > MAX_FILE_BYTES) return fail(t("error.fileSize", { name: f.name }))
    }
    const room = MAX_FILES - value.length
    const chosen = files.slice(0, Math.max(0, room))
    if (!chosen.length) return
    const form = new FormData()
    chosen.forEach((f) => form.append("files", f, f.name))
    setBusy(true)
    const [uploaded, err] = await attempt(t, () => props.upload(form))
    setBusy(false)
    if (input.current) input.current.value = ""
    if (err || !uploaded) return fail(err ?? t("error.generic"))
    onError(undefined)
    onChange([
      ...value,
      ...uploaded.map((file, i) => ({
        file,
        preview: chosen[i] && chosen[i].type.startsWith("image/") && typeof URL.createObjectURL === "function" ? URL.createObjectURL(chosen[i]) : undefined,
      })),
    ])
  }
  function fail(message: string) {
    if (input.current) input.current.value = ""
    onError(message)
  }
  function remove(i: number) {
    const p = value[i]
    if (p.preview) URL.revokeObjectURL(p.preview)
    onChange(value.filter((_, j) => j !== i))
  }

  return (
    <div className="mhd-field mhd-files">
      <label className="mhd-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        ref={input}
        id={id}
        className="mhd-file-input"
        type="file"
        multiple
        accept={ACCEPTED_TYPES.join(",")}
        disabled={props.disabled || busy || value.length >= MAX_FILES}
        aria-describedby={`${id}-hint`}
        onChange={(e) => pick(e.currentTarget.files)}
      />
      <p id={`${id}-hint`} className="mhd-hint">
        {t("contact.attachHint")}
      </p>
      {value.length > 0 && (
        <ul className="mhd-previews">
          {value.map((p, i) => (
            <li key={p.file.id} className="mhd-preview">
              {p.preview ? <img src={p.preview} alt="" className="mhd-preview-img" /> : <span className="mhd-preview-file" aria-hidden="true">PDF</span>}
              <span className="mhd-small" dir="auto">
                {p.file.filename}
              </span>
              <button type="button" className="mhd-button mhd-button-small" onClick={() => remove(i)} aria-label={t("contact.remove", { name: p.file.filename })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
