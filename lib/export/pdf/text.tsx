import { Text as PdfText, type TextProps } from "@react-pdf/renderer";
import { isValidElement, type PropsWithChildren, type ReactNode } from "react";
import { pdfFonts } from "./fonts";

// Every Text of the document goes through this one, so the choice of font is made in one
// place: Noto Sans alone for Latin text, the whole fallback stack (other alphabets, Hebrew,
// Arabic, emoji) for a text that holds any other character.

let stack: { fontFamily: string[] } | null = null;
const stackStyle = () => (stack ??= { fontFamily: pdfFonts().stack });

/** Looks through fragments and nested runs too: they inherit this Text's font. */
function hasForeign(children: ReactNode): boolean {
  if (typeof children === "string") return pdfFonts().needsFallback(children);
  if (Array.isArray(children)) return children.some(hasForeign);
  if (isValidElement<{ children?: ReactNode }>(children)) return hasForeign(children.props.children);
  return false;
}

export function Text(props: PropsWithChildren<TextProps>) {
  if (!hasForeign(props.children)) return <PdfText {...props} />;
  const own = props.style ? (Array.isArray(props.style) ? props.style : [props.style]) : [];
  return <PdfText {...props} style={[...own, stackStyle()]} />;
}
