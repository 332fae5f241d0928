// Package tfsource reads Terraform configurations (.tf and .tf.json) without
// running Terraform: it evaluates the root module and the modules it calls
// statically and produces the common model's resources, and it places
// resources parsed from a plan on their .tf lines (Enrich).
//
// # What is evaluated
//
//   - Input variables: defaults, terraform.tfvars, terraform.tfvars.json,
//     *.auto.tfvars(.json) in name order, Options.VarFiles, then Options.Vars
//     (a value for a variable without a type or with a primitive type is a
//     literal string, others are HCL expressions, as Terraform does). Type
//     constraints (with optional attribute defaults) are applied; validation
//     blocks are not. A root variable without any value is unknown (notice).
//   - Locals (in any order; a cycle becomes unknown with a warning), module
//     outputs, count / for_each (count.index, each.key, each.value), dynamic
//     blocks (for_each, iterator, content, nested), path.module / path.root,
//     terraform.workspace ("default").
//   - Functions: Terraform 1.11's function table, with Terraform's own
//     semantics where they differ from cty's stdlib (index searches a list
//     for a value, lookup's default is optional, element wraps around and
//     refuses a negative index, length of objects and tuples, coalesce,
//     sum, one, alltrue, anytrue, contains, matchkeys, transpose, replace
//     with /regex/), yamlencode/yamldecode (go-cty-yaml), templatestring,
//     base64sha256/512, base64gzip, textencodebase64/textdecodebase64,
//     uuidv5, timecmp, cidr* (IPv4 and IPv6), sensitive, nonsensitive,
//     issensitive, ephemeralasnull, try and can; and file, fileexists,
//     filebase64, filemd5, filesha1, filesha256, filesha512, templatefile.
//     File functions resolve paths against the root module like Terraform.
//     The table is tested against terraform console when terraform is on
//     the PATH.
//   - Reads: every read a configuration can steer (file functions,
//     terraform.tfvars and *.auto.tfvars, .tf files, local module
//     directories, modules.json) goes through internal/safefs: symbolic
//     links are resolved, the result must lie inside Options.Root (default:
//     the directory scanned) and be a regular file (never a FIFO, a device
//     or /proc). Anything else is an error diagnostic naming the path as
//     written, never its content, and the value is unknown; fileexists is
//     false only for a path that does not exist. --var-file paths come from
//     the user and may lie anywhere, but must be regular files.
//   - Providers: region from the provider block (a constant or an evaluated
//     expression), aliases, the provider argument of resources, inheritance of
//     default providers into modules and the providers map of module calls.
//     Resource.Provider is the configuration in the root module ("aws",
//     "aws.west"); a region attribute on the resource itself wins; when no
//     region is known, AWS resources get Options.Region.
//   - Modules: local sources (./x, ../x) are followed, with ParseDir also
//     above the scanned directory; remote sources, at any depth (keys such
//     as "vpc.subnets"), through the modules.json terraform init wrote in
//     the directory it ran in (.terraform/modules/, or Options.DataDir for
//     TF_DATA_DIR), or, for a plan's configuration snapshot, modules.json
//     with its m-<key>/ directories. Every Dir of modules.json must resolve
//     inside Options.Root (symbolic links followed); one that does not is an
//     error on the module block naming the Dir as written. A remote module
//     that is not installed gives one warning per call (terraform init would
//     fix it); the caller's own resources are still scanned. A module block
//     with nested blocks (Terraform: "Unsupported block type") is an error
//     on that block and the module is not evaluated. count / for_each on
//     module calls expand module instances (module.app["a"]).
//   - One file of JSON syntax under another name (ParseJSONFile; what CDK
//     for Terraform synthesizes, cdk.tf.json, copied as a .json file):
//     IsTerraformJSON tells it by its top-level keys.
//   - data "aws_iam_policy_document": the provider computes it without
//     calling AWS, so its json and minified_json are the document the
//     provider writes (PolicyDocument: statements, principals, conditions,
//     version, policy_id, source/override documents merged by Sid). When an
//     argument it needs is unknown, json is unknown, but an attribute
//     written as a reference to it (policy = data.aws_iam_policy_document.x.json)
//     holds the decoded document with only those values unknown
//     (PartialPolicyDocument). A sensitive argument makes it sensitive;
//     invalid arguments (duplicate Sids, source documents that are not
//     JSON) make it unknown with a warning.
//
// # What stays unknown
//
// Values not known before apply are model.Unknown, never guessed: attributes
// of resources and data sources, outputs of modules computed from them,
// functions that are not implemented (including provider-defined functions;
// one notice per name), timestamp, plantimestamp, uuid, bcrypt, rsadecrypt, and every expression whose
// evaluation fails (a warning at its position). A reference to a resource
// carries Ref, the address of the instance it names with its module prefix
// (aws_s3_bucket.b[0] when the index is known, else aws_s3_bucket.b); values
// leaving a module through its outputs do not carry Ref. When count or
// for_each is not known statically, the block is scanned as one instance
// without a key, with count.index / each.* unknown, Meta["expansion"] =
// "unknown" and a notice. A dynamic block whose for_each is unknown makes
// the whole nested block list unknown.
//
// Values of variables and outputs marked sensitive (and the sensitive()
// function) are model.Sensitive wherever they land, including through
// string templates, functions and module inputs.
//
// # Shapes and positions
//
// Properties are the attributes as plain values (string, bool, json.Number,
// []any, map[string]any, nil); nested blocks are lists of objects, as plan
// JSON shows them. Positions maps native paths to the attribute line
// ("ingress/0/cidr_blocks"), literal tuple and object elements
// ("cidr_blocks/1", "tags/Name") and nested blocks ("ingress/0"; every
// block generated by one dynamic block points at the dynamic block).
// Resources in a remote module keep Source.Position in the downloaded code
// but carry Source.ModuleCall, the user's module block, and no attribute
// positions, so findings land on the module block. JSON syntax (.tf.json)
// is read without provider schemas: nested blocks there are the objects
// written, and only attributes have positions.
//
// Inline suppressions are comments `# iacvet:ignore RULE-ID[,RULE-ID] reason`
// (or //) inside a block, at the end of one of its lines, or in the run of
// comment lines directly above it. On a module block they cover every
// resource of the module's instances. A suppression without a reason is
// honoured with a warning. JSON syntax has no comments, so .tf.json files
// carry no inline suppressions.
//
// # Diagnostics and bounds
//
// Override files (override.tf, *_override.tf) are not merged (a notice says
// so). Syntax errors become positioned error diagnostics and skip that file only;
// evaluation problems are warnings. A module that calls itself, or a cycle
// of modules, is an error on the calling module block; the rest is scanned.
//
// Every bound is a field of Options.Limits (zero: the default):
//
//   - MaxNesting (256): brackets, braces, parentheses and interpolations
//     nested in one .tf, .tf.json, .tfvars file, --var value or template,
//     checked by a scan of the bytes before the HCL parser runs; deeper is an
//     error at the line and the file is not parsed.
//   - MaxModuleDepth (16): nested module calls.
//   - MaxInstances (10,000): count / for_each instances of one block
//     (beyond: one instance without a key and a notice). A dynamic block
//     generates at most 10,000 blocks, setproduct at most 100,000 elements.
//   - MaxExpansion (200,000): resource instances, module instances and
//     dynamic blocks per scan.
//   - MaxString (4 MiB) and MaxCollection (100,000 elements, counted deep):
//     any value a function, a for expression, a template part or an
//     attribute evaluates to; the arguments a function is given (shared
//     values counted at each use); format widths, replace, indent are
//     estimated before they allocate.
//   - MaxEvalWork (20,000,000 units) per scan: 50 per for-expression
//     iteration, 10 per element passed to a function, one per string byte
//     and element produced. Once spent, one error diagnostic and every
//     later expression is unknown.
//   - MaxFileSize (8 MiB): every file read.
//
// A limit reached is an error diagnostic at the expression and an unknown
// value. ParseDir, ParseFS, Enrich and EnrichFS take a context: when it is
// done, evaluation stops (checked in the evaluator's loops, function calls
// and for expressions) with the error "evaluation cancelled" or
// "evaluation timed out".
// Parsing runs in parallel; the output order is deterministic (files by
// name, blocks by position, instances by key).
package tfsource
