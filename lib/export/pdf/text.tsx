import { Text as PdfText, type TextProps } from "@react-pdf/renderer";
import { cloneElement, Fragment, isValidElement, type PropsWithChildren, type ReactNode } from "react";
import { pdfFonts } from "./fonts";

// Every Text of the document goes through this one, so the choice of font is made in one
// place: Noto Sans alone for Latin text, the whole fallback stack (other alphabets, Hebrew,
// Arabic, emoji) for a text that holds any other character. Such a text also has the few
// characters no font can draw marked as such (see PdfFonts.printable).

let stack: { fontFamily: string[] } | null = null;
const stackStyle = () => (stack ??= { fontFamily: pdfFonts().stack });

/** Whether the text, fragments and nested runs included (they inherit its font), needs the stack. */
function hasForeign(children: ReactNode): boolean {
  if (typeof children === "string") return children.includes("\t") || pdfFonts().needsFallback(children);
  if (Array.isArray(children)) return children.some(hasForeign);
  if (isValidElement<{ children?: ReactNode }>(children)) return hasForeign(children.props.children);
  return false;
}

/** The same children with their strings made printable; nested Texts do their own. */
function printable(children: ReactNode): ReactNode {
  if (typeof children === "string") return pdfFonts().printable(children);
  if (Array.isArray(children)) return children.map(printable);
  if (isValidElement<{ children?: ReactNode }>(children) && children.type === Fragment) {
    return cloneElement(children, undefined, printable(children.props.children));
  }
  return children;
}

export function Text(props: PropsWithChildren<TextProps>) {
  if (!hasForeign(props.children)) return <PdfText {...props} />;
  const own = props.style ? (Array.isArray(props.style) ? props.style : [props.style]) : [];
  return (
    <PdfText {...props} style={[...own, stackStyle()]}>
      {printable(props.children)}
    </PdfText>
  );
}
