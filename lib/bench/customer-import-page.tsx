// A page that only `npm run bench` serves, and only while no page of the app imports the
// customer-import actions: Next gives a server action an id, and answers it, only in the
// bundles of the pages that import it. customer-import-shim.ts routes it for the build.
import { appendCustomerLinesAction, finishCustomerImportAction, startCustomerImportAction } from "@/lib/actions/customer-import";

// Rendered below, so that no bundler drops the import as unused.
const actions = [startCustomerImportAction, appendCustomerLinesAction, finishCustomerImportAction];

export default function BenchCustomerImportPage() {
  return <p hidden>{actions.length}</p>;
}
