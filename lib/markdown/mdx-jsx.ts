/**
 * MDX keeps JSX written in a post (`<a href="...">`, `<Figure src="..." />`)
 * as its own node type, not as hast elements: the plugins that rewrite or
 * check URLs read it through these helpers so `.md` and `.mdx` behave alike.
 */

export interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface MdxJsxElement {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name?: string | null;
  attributes: MdxJsxAttribute[];
  children: Array<{ type: string; value?: string }>;
}

/** Whether `node` is JSX in an `.mdx` post, optionally with the given element name. */
export function isMdxJsxElement(node: { type: string }, name?: string): node is MdxJsxElement {
  if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return false;
  return name === undefined || (node as MdxJsxElement).name === name;
}

/** A literal (string) attribute; expressions such as `src={url}` are not ours to rewrite. */
export function literalAttribute(element: MdxJsxElement, name: string): (MdxJsxAttribute & { value: string }) | undefined {
  const attr = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return attr && typeof attr.value === "string" ? (attr as MdxJsxAttribute & { value: string }) : undefined;
}
