import { centerConnected, watchCentersInView } from "../embed/centers-in-view"

// A stand-in for the browser's IntersectionObserver: the test says what is on screen.
class FakeObserver {
  static last: FakeObserver
  observed = new Set<Element>()
  constructor(private cb: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this
  }
  observe(el: Element) {
    this.observed.add(el)
  }
  unobserve(el: Element) {
    this.observed.delete(el)
  }
  disconnect() {
    this.observed.clear()
  }
  show(el: Element, isIntersecting: boolean) {
    this.cb([{ target: el, isIntersecting }])
  }
}

const element = () => ({}) as Element

describe("the floating Help button and the page's help center", () => {
  it("hides the button while a help center is on screen, shows it when scrolled away or removed", () => {
    const seen: boolean[] = []
    const stop = watchCentersInView((v) => seen.push(v), FakeObserver)
    expect(seen).toEqual([false])
    const center = element()
    centerConnected(center, true)
    const io = FakeObserver.last
    expect(io.observed.has(center)).toBe(true)
    io.show(center, true)
    expect(seen).toEqual([false, true])
    io.show(center, false)
    io.show(center, true)
    expect(seen).toEqual([false, true, false, true])
    // A single-page storefront unmounts the help center while it is on screen.
    centerConnected(center, false)
    expect(seen).toEqual([false, true, false, true, false])
    expect(io.observed.has(center)).toBe(false)
    stop()
    const later = element()
    centerConnected(later, true)
    expect(seen).toHaveLength(5)
    centerConnected(later, false)
  })

  it("counts any connected help center as on screen without IntersectionObserver", () => {
    const seen: boolean[] = []
    const center = element()
    centerConnected(center, true)
    const stop = watchCentersInView((v) => seen.push(v), undefined)
    expect(seen).toEqual([true])
    centerConnected(center, false)
    expect(seen).toEqual([true, false])
    stop()
  })
})
