import {
  findUnknownPlaceholders,
  PLACEHOLDERS,
  PlaceholderValues,
  renderPlaceholders,
} from "../placeholders"

describe("PLACEHOLDERS", () => {
  it("lists exactly the documented placeholders, each described", () => {
    expect(PLACEHOLDERS.map((p) => p.key)).toEqual([
      "customer.first_name",
      "customer.last_name",
      "customer.email",
      "order.display_id",
      "order.status",
      "order.total",
      "ticket.display_id",
      "ticket.subject",
      "agent.first_name",
      "store.name",
      "order.items",
      "order.tracking_links",
      "order.fulfillment_status",
      "order.payment_status",
      "order.shipping_address.city",
      "return.label_url",
    ])
    for (const p of PLACEHOLDERS) expect(p.description.length).toBeGreaterThan(0)
  })
})

describe("renderPlaceholders", () => {
  const values: PlaceholderValues = {
    "customer.first_name": "Sam",
    "customer.last_name": "Shopper",
    "customer.email": "sam@shop.test",
    "order.display_id": 1042,
    "order.status": "pending",
    "order.total": "€49.00",
    "ticket.display_id": 7,
    "ticket.subject": "Where is my parcel?",
    "agent.first_name": "Alex",
    "store.name": "Linen & Co",
    "order.items": "- 1 × Hoodie (M)",
    "order.tracking_links": "https://t.example/1",
    "order.fulfillment_status": "shipped",
    "order.payment_status": "captured",
    "order.shipping_address.city": "Seoul",
    "return.label_url": "https://l.example/1",
  }

  it("fills every documented placeholder", () => {
    const body = PLACEHOLDERS.map((p) => `{{${p.key}}}`).join("|")
    expect(renderPlaceholders(body, values)).toBe(
      "Sam|Shopper|sam@shop.test|1042|pending|€49.00|7|Where is my parcel?|Alex|Linen & Co|- 1 × Hoodie (M)|https://t.example/1|shipped|captured|Seoul|https://l.example/1"
    )
  })

  it("tolerates whitespace inside the braces and around the fallback", () => {
    expect(renderPlaceholders("Hi {{ customer.first_name }}!", values)).toBe("Hi Sam!")
    expect(renderPlaceholders("Hi {{customer.first_name|\"there\"}}!", values)).toBe("Hi Sam!")
    expect(renderPlaceholders("Hi {{  customer.first_name  |  \"there\"  }}!", {})).toBe("Hi there!")
    expect(renderPlaceholders("Hi {{\tcustomer.first_name\n}}!", values)).toBe("Hi Sam!")
  })

  it("uses the fallback when the value is missing, null, blank or not a number", () => {
    const body = 'Hi {{customer.first_name | "there"}}'
    expect(renderPlaceholders(body, {})).toBe("Hi there")
    expect(renderPlaceholders(body, { "customer.first_name": null })).toBe("Hi there")
    expect(renderPlaceholders(body, { "customer.first_name": undefined })).toBe("Hi there")
    expect(renderPlaceholders(body, { "customer.first_name": "" })).toBe("Hi there")
    expect(renderPlaceholders(body, { "customer.first_name": "   " })).toBe("Hi there")
    expect(renderPlaceholders('#{{order.display_id | "?"}}', { "order.display_id": NaN })).toBe("#?")
  })

  it("gives an empty string for a missing value without fallback, and keeps 0", () => {
    expect(renderPlaceholders("Hi {{customer.first_name}}, order {{order.display_id}}.", {})).toBe("Hi , order .")
    expect(renderPlaceholders('{{order.display_id | "none"}}', { "order.display_id": 0 })).toBe("0")
    expect(renderPlaceholders('Hi {{customer.first_name | ""}}!', {})).toBe("Hi !")
  })

  it("inserts values literally and never renders them again", () => {
    const hostile: PlaceholderValues = {
      "customer.first_name": "{{store.name}}",
      "customer.last_name": '{{customer.email | "x"}}',
      "ticket.subject": "{{constructor.constructor('return process')()}}",
      "store.name": "Secret Store",
    }
    expect(renderPlaceholders("Dear {{customer.first_name}} {{customer.last_name}}", hostile)).toBe(
      'Dear {{store.name}} {{customer.email | "x"}}'
    )
    expect(renderPlaceholders("Re: {{ticket.subject}}", hostile)).toBe(
      "Re: {{constructor.constructor('return process')()}}"
    )
    expect(renderPlaceholders("{{ticket.subject}}", { "ticket.subject": "<script>alert(1)</script>" })).toBe(
      "<script>alert(1)</script>"
    )
  })

  it("is not fooled by String.replace patterns in values", () => {
    const body = "Hi {{customer.first_name}}, total {{order.total}}"
    expect(renderPlaceholders(body, { "customer.first_name": "$&", "order.total": "$1 $' $` $$" })).toBe(
      "Hi $&, total $1 $' $` $$"
    )
    expect(renderPlaceholders('{{customer.first_name | "$&"}}', {})).toBe("$&")
  })

  it("keeps Korean and Greek text around placeholders intact", () => {
    expect(
      renderPlaceholders('{{customer.first_name | "고객"}}님, 주문 #{{order.display_id}} 환불이 완료되었습니다.', {
        "order.display_id": 12,
      })
    ).toBe("고객님, 주문 #12 환불이 완료되었습니다.")
    expect(
      renderPlaceholders("Γεια σας {{customer.first_name}}, η παραγγελία σας είναι {{order.status}}.", {
        "customer.first_name": "Ελένη",
        "order.status": "ολοκληρώθηκε",
      })
    ).toBe("Γεια σας Ελένη, η παραγγελία σας είναι ολοκληρώθηκε.")
    expect(renderPlaceholders("{{customer.first_name}}🎉{{store.name}}", { "customer.first_name": "민지", "store.name": "Ω" })).toBe(
      "민지🎉Ω"
    )
  })

  it("leaves anything that is not a placeholder as written", () => {
    const v: PlaceholderValues = { "store.name": "Shop", "customer.first_name": "Sam" }
    expect(renderPlaceholders("{{customer.password}} {{store.name}}", v)).toBe("{{customer.password}} Shop")
    expect(renderPlaceholders("{{ Store.Name }}", v)).toBe("{{ Store.Name }}")
    expect(renderPlaceholders("{{store.name} and {store.name}}", v)).toBe("{{store.name} and {store.name}}")
    expect(renderPlaceholders("{{{store.name}}}", v)).toBe("{{{store.name}}}")
    expect(renderPlaceholders("unclosed {{store.name", v)).toBe("unclosed {{store.name")
    expect(renderPlaceholders("{ single } and }} stray {{store.name}}", v)).toBe("{ single } and }} stray Shop")
    expect(renderPlaceholders("{{#each orders}}x{{/each}}", v)).toBe("{{#each orders}}x{{/each}}")
    expect(renderPlaceholders("", v)).toBe("")
    expect(renderPlaceholders("no placeholders at all", v)).toBe("no placeholders at all")
  })

  it("never resolves names outside the list, even ones every object has", () => {
    const body = "{{__proto__.constructor}} {{constructor.name}} {{to_string.call}}"
    expect(renderPlaceholders(body, { "store.name": "Shop" })).toBe(body)
    expect(findUnknownPlaceholders(body)).toEqual(body.split(" "))
  })
})

describe("findUnknownPlaceholders", () => {
  it("accepts documented placeholders, with or without a fallback", () => {
    expect(
      findUnknownPlaceholders(
        'Hi {{customer.first_name | "there"}} {{ customer.last_name }}, #{{order.display_id}} {{store.name|""}}'
      )
    ).toEqual([])
    expect(findUnknownPlaceholders("plain text, { braces } and }} alone")).toEqual([])
    expect(findUnknownPlaceholders('{{customer.first_name | "고객님"}} {{store.name | "Κατάστημα"}}')).toEqual([])
  })

  it("names unknown placeholders as written, once each", () => {
    expect(
      findUnknownPlaceholders("{{customer.password}} {{ order.lines }} {{customer.password}} {{store.name}}")
    ).toEqual(["{{customer.password}}", "{{ order.lines }}"])
    expect(findUnknownPlaceholders("{{Customer.First_Name}}")).toEqual(["{{Customer.First_Name}}"])
    expect(findUnknownPlaceholders("{{customer}}")).toEqual(["{{customer}}"])
    expect(findUnknownPlaceholders("{{}}")).toEqual(["{{}}"])
  })

  it("refuses template-engine syntax", () => {
    expect(findUnknownPlaceholders("{{#each orders}}x{{/each}}")).toEqual(["{{#each orders}}", "{{/each}}"])
    expect(findUnknownPlaceholders("{{{store.name}}}")).toEqual(["{{{store.name}}"])
    expect(findUnknownPlaceholders("{{constructor.constructor('x')()}}")).toEqual([
      "{{constructor.constructor('x')()}}",
    ])
    expect(findUnknownPlaceholders("{{store.name.length}}")).toEqual(["{{store.name.length}}"])
  })

  it("refuses malformed fallbacks and braces", () => {
    expect(findUnknownPlaceholders("{{customer.first_name | there}}")).toEqual(["{{customer.first_name | there}}"])
    expect(findUnknownPlaceholders("{{customer.first_name | 'there'}}")).toEqual([
      "{{customer.first_name | 'there'}}",
    ])
    expect(findUnknownPlaceholders('{{customer.first_name | "there}}')).toEqual(['{{customer.first_name | "there}}'])
    expect(findUnknownPlaceholders('{{customer.first_name | "a" | "b"}}')).toEqual([
      '{{customer.first_name | "a" | "b"}}',
    ])
    expect(findUnknownPlaceholders('{{customer.first_name | "{{store.name}}"}}')).toEqual([
      '{{customer.first_name | "{{store.name}}',
    ])
    expect(findUnknownPlaceholders("{{customer.first_name}")).toEqual(["{{customer.first_name}"])
    expect(findUnknownPlaceholders("Hello {{store.name")).toEqual(["{{store.name"])
    expect(findUnknownPlaceholders("{{ {{store.name}}")).toEqual(["{{ {{store.name}}"])
  })

  it("shortens long snippets", () => {
    const [snippet] = findUnknownPlaceholders(`{{${"x".repeat(500)}`)
    expect([...snippet].length).toBe(61)
    expect(snippet.endsWith("…")).toBe(true)
  })

  it("agrees with rendering: whatever it accepts renders without braces left over", () => {
    const body = 'Hi {{ customer.first_name | "there" }}, {{store.name}} #{{ticket.display_id}}'
    expect(findUnknownPlaceholders(body)).toEqual([])
    expect(renderPlaceholders(body, { "store.name": "Shop", "ticket.display_id": 3 })).toBe("Hi there, Shop #3")
  })
})

describe("order placeholders", () => {
  it("knows the order's items, tracking, statuses, city and return label", () => {
    const body =
      "{{order.items}} {{order.tracking_links}} {{order.fulfillment_status}} {{order.payment_status}} {{ order.shipping_address.city }} {{return.label_url}}"
    expect(findUnknownPlaceholders(body)).toEqual([])
  })

  it("keeps three-part names to the allowlist", () => {
    expect(findUnknownPlaceholders("{{order.shipping_address.phone}}")).toEqual(["{{order.shipping_address.phone}}"])
    expect(findUnknownPlaceholders("{{order.shipping_address.city.length}}")).toEqual([
      "{{order.shipping_address.city.length}}",
    ])
    expect(findUnknownPlaceholders("{{order.items.0}}")).toEqual(["{{order.items.0}}"])
  })

  it("fills multi-line values as plain text, with fallbacks for what Medusa does not have", () => {
    const out = renderPlaceholders('Items:\n{{order.items}}\nTrack: {{order.tracking_links | "not shipped yet"}}\nIn {{order.shipping_address.city}}', {
      "order.items": "- 1 × Hoodie (M)\n- 2 × {{store.name}}",
      "order.shipping_address.city": "Αθήνα",
    })
    expect(out).toBe("Items:\n- 1 × Hoodie (M)\n- 2 × {{store.name}}\nTrack: not shipped yet\nIn Αθήνα")
  })
})
