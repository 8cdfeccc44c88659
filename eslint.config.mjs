import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "db/migrations/**",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // A delete or update without a where clause would wipe every project's rows.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // Error codes go through fieldError() and fieldIssue() (lib/validation/error-codes.ts), which
    // tsc checks: a misspelt bare string would quietly show the generic "not valid" message.
    files: ["lib/validation/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Property[key.name=/^(error|message)$/] > :matches(Literal, TemplateLiteral).value",
          message: "Use fieldError() or fieldIssue() from ./error-codes, so that tsc checks the code.",
        },
        {
          // zod also takes the message as a bare string argument: z.minLength(1, "required").
          selector:
            "CallExpression[callee.object.name='z'][callee.property.name!=/^(literal|catch|_default|prefault)$/] > Literal.arguments[raw=/^['\"]/]",
          message: "Use fieldError() from ./error-codes, so that tsc checks the code.",
        },
      ],
    },
  },
  {
    // Playwright fixtures hand their value to a callback named `use`, which is not a hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // next.config.js is CommonJS because package.json does not declare "type": "module".
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;
