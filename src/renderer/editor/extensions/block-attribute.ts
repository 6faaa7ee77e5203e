/** A JSON-valued node attribute kept in a `data-*` attribute, so copy and paste inside the editor keeps it. */
export function jsonDataAttribute<Value>(dataName: string, defaultValue: Value) {
  return {
    default: defaultValue,
    parseHTML: (element: HTMLElement): Value => {
      const raw = element.getAttribute(`data-${dataName}`);
      if (raw === null) return defaultValue;
      try {
        return JSON.parse(raw) as Value;
      } catch {
        return defaultValue;
      }
    },
    renderHTML: (attributes: Record<string, unknown>) => ({ [`data-${dataName}`]: JSON.stringify(attributes[dataName]) }),
  };
}
