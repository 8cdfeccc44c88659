const FOCUSABLE = "button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href]";
const FOCUSABLE_OR_DISABLED = "button, input, select, textarea, a[href]";

/** The element of an item that takes the focus: one marked for it, else its first control. */
function focusTarget(item: Element | undefined): HTMLElement | null {
  if (!item) return null;
  return item.querySelector<HTMLElement>("[data-removal-focus]:not(:disabled)") ?? item.querySelector<HTMLElement>(FOCUSABLE);
}

/**
 * Call with a list item (the <li>, or an element inside it) just before removing it; call what
 * it returns just after. The focus then goes to the next item, else the previous one, else the
 * first control after the list (its Add button, or a tag field's input): without this it falls
 * to the page body with the removed button, and a keyboard user starts again from the top.
 */
export function focusAfterRemoval(element: Element | null): () => void {
  const item = element?.closest("li") ?? element;
  const list = item?.parentElement;
  if (!item || !list) return () => {};
  const siblings = Array.from(list.children);
  const index = siblings.indexOf(item);
  const neighbour = siblings[index + 1] ?? siblings[index - 1];
  const scope = list.parentElement?.closest("section, fieldset, [data-removal-scope]") ?? list.parentElement;
  const after = Array.from(scope?.querySelectorAll<HTMLElement>(FOCUSABLE_OR_DISABLED) ?? []).filter(
    (candidate) => !list.contains(candidate) && list.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  // Looked for once React has removed the item (and a confirmation dialog has given the focus
  // back): the removal may have disabled a control, such as the last category's Remove.
  return () =>
    requestAnimationFrame(() => {
      const target =
        (neighbour?.isConnected ? focusTarget(neighbour) : null) ??
        after.find((candidate) => candidate.isConnected && candidate.matches(FOCUSABLE));
      target?.focus();
    });
}
