// Minimal DOM helpers for component tests (no testing-library needed).
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

const mounted: { root: Root; container: HTMLElement }[] = [];

export async function render(ui: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(ui);
  });
  mounted.push({ root, container });
  return container;
}

export async function cleanup(): Promise<void> {
  for (const { root, container } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
  document.body.innerHTML = '';
}

/** Polls until `fn` returns a truthy value (flushing React work meanwhile). */
export async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('waitFor timed out');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

/** Elements whose own text (trimmed) equals `text`, deepest first. */
export function queryAllByText(text: string, root: ParentNode = document.body): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>('*'));
  return all.filter((el) => el.textContent?.trim() === text).reverse();
}

export function findByText(text: string, root?: ParentNode): Promise<HTMLElement> {
  return waitFor(() => queryAllByText(text, root)[0]);
}

export function bodyText(): string {
  return document.body.textContent ?? '';
}

export async function click(el: Element): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    (el as HTMLElement).click();
  });
}

/** Sets an input's value the way a user would, so React's onChange fires. */
export async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
