package tfsource

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/iacvet/iacvet/model"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// funcRow is one function call and its result rendered as render does:
// the JSON encoding of the value, "!ERR" for an error, "(known after
// apply)" for a value that is not wholly known, "(sensitive value)" for a
// sensitive one, which is also how terraform console shows
// try(jsonencode(expr), "!ERR").
type funcRow struct {
	expr string
	want string
	// impure rows are not compared with terraform console, which
	// evaluates timestamp, uuid and bcrypt.
	impure bool
	// local rows use the test variables (u is unknown, tmpl and tmpls are
	// templates) and so are not sent to
	// terraform console.
	local bool
	// tfExpr, when set, is the spelling of a local row for terraform
	// console, whose module declares the templates as locals.
	tfExpr string
}

const (
	errResult     = "!ERR"
	unknownResult = "(known after apply)"
	secretResult  = "(sensitive value)"
)

// funcRows: expected values are the examples of Terraform's function
// documentation (developer.hashicorp.com/terraform/language/functions/NAME),
// named in the comment, plus edge cases.
var funcRows = []funcRow{
	// numeric: abs, ceil, floor, log, max, min, parseint, pow, signum, sum
	{expr: `abs(23)`, want: `23`}, // abs docs
	{expr: `abs(-12.4)`, want: `12.4`},
	{expr: `ceil(5.1)`, want: `6`}, // ceil docs
	{expr: `floor(4.9)`, want: `4`},
	{expr: `log(16, 2)`, want: `4`}, // log docs
	{expr: `max(12, 54, 3)`, want: `54`},
	{expr: `max([12, 54, 3]...)`, want: `54`},
	{expr: `min(12, 54, 3)`, want: `3`},
	{expr: `parseint("100", 10)`, want: `100`}, // parseint docs
	{expr: `parseint("FF", 16)`, want: `255`},
	{expr: `parseint("-10", 16)`, want: `-16`},
	{expr: `parseint("1011111011101111", 2)`, want: `48879`},
	{expr: `parseint("aA", 62)`, want: `656`},
	{expr: `parseint("12", 2)`, want: errResult},
	{expr: `pow(3, 2)`, want: `9`}, // pow docs
	{expr: `pow(4, 0)`, want: `1`},
	{expr: `signum(-13)`, want: `-1`}, // signum docs
	{expr: `signum(0)`, want: `0`},
	{expr: `sum([10, 13, 6, 4.5])`, want: `33.5`}, // sum docs
	{expr: `sum([])`, want: errResult},
	{expr: `sum(toset([1, 2]))`, want: `3`},
	{expr: `sum(["1", 2])`, want: `3`},
	{expr: `sum([u])`, want: unknownResult, local: true},

	// strings
	{expr: `chomp("hello\n")`, want: `"hello"`}, // chomp docs
	{expr: `chomp("hello\r\n")`, want: `"hello"`},
	{expr: `chomp("hello\n\n")`, want: `"hello"`},
	{expr: `endswith("hello world", "world")`, want: `true`}, // endswith docs
	{expr: `endswith("hello world", "hello")`, want: `false`},
	{expr: `format("Hello, %s!", "Ander")`, want: `"Hello, Ander!"`}, // format docs
	{expr: `format("There are %d lights", 4)`, want: `"There are 4 lights"`},
	{expr: `format("%#v", "hi")`, want: `"\"hi\""`},
	{expr: `format("%03d|%-5s|%.2f|%t|%x|%q", 7, "ab", 3.14159, true, 255, "z")`, want: `"007|ab   |3.14|true|ff|\"z\""`},
	{expr: `format("%d", "x")`, want: errResult},
	{expr: `format("%s", u)`, want: unknownResult, local: true},
	{expr: `formatlist("Hello, %s!", ["Valentina", "Ander", "Olivia", "Sam"])`, want: `["Hello, Valentina!","Hello, Ander!","Hello, Olivia!","Hello, Sam!"]`}, // formatlist docs
	{expr: `formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"])`, want: `["Salutations, Valentina!","Salutations, Ander!"]`},
	{expr: `indent(2, "a\nb")`, want: `"a\n  b"`},
	{expr: `join(", ", ["foo", "bar", "baz"])`, want: `"foo, bar, baz"`}, // join docs
	{expr: `join(", ", ["foo"])`, want: `"foo"`},
	{expr: `lower("HELLO")`, want: `"hello"`},
	{expr: `upper("hello")`, want: `"HELLO"`},
	{expr: `regex("[a-z]+", "53453453.345345aaabbbccc23454")`, want: `"aaabbbccc"`}, // regex docs
	{expr: `regex("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)", "2019-02-01")`, want: `["2019","02","01"]`},
	{expr: `regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")`, want: `{"authority":"terraform.io","scheme":"https"}`},
	{expr: `regex("[a-z]+", "53453453.34534523454")`, want: errResult},
	{expr: `regexall("[a-z]+", "1234abcd5678efgh9")`, want: `["abcd","efgh"]`}, // regexall docs
	{expr: `length(regexall("[a-z]+", "1234abcd5678efgh9"))`, want: `2`},
	{expr: `length(regexall("[a-z]+", "123456789")) > 0`, want: `false`},
	{expr: `regexall("(\\w)(\\d)", "a1b2")`, want: `[["a","1"],["b","2"]]`},
	{expr: `replace("1 + 2 + 3", "+", "-")`, want: `"1 - 2 - 3"`}, // replace docs
	{expr: `replace("hello world", "/w.*d/", "everybody")`, want: `"hello everybody"`},
	{expr: `replace("hello world", "/(h)(e)/", "$2$1")`, want: `"ehllo world"`},
	{expr: `replace("a/b", "/", "-")`, want: `"a-b"`},
	{expr: `split(",", "foo,bar,baz")`, want: `["foo","bar","baz"]`}, // split docs
	{expr: `split(",", "foo")`, want: `["foo"]`},
	{expr: `split(",", "")`, want: `[""]`},
	{expr: `startswith("hello world", "hello")`, want: `true`}, // startswith docs
	{expr: `startswith("hello world", "world")`, want: `false`},
	{expr: `startswith(u, "x")`, want: unknownResult, local: true},
	{expr: `strcontains("hello world", "wor")`, want: `true`}, // strcontains docs
	{expr: `strcontains("hello world", "wod")`, want: `false`},
	{expr: `strrev("hello")`, want: `"olleh"`}, // strrev docs
	{expr: `strrev("a ☃")`, want: `"☃ a"`},
	{expr: `substr("hello world", 1, 4)`, want: `"ello"`}, // substr docs
	{expr: `substr("🤔🤷", 0, 1)`, want: `"🤔"`},
	{expr: `substr("hello world", -5, -1)`, want: `"world"`},
	{expr: `substr("hello world", 7, 100)`, want: `"orld"`},
	{expr: `title("hello world")`, want: `"Hello World"`}, // title docs
	{expr: `trim("?!hello?!", "!?")`, want: `"hello"`},    // trim docs
	{expr: `trim("foobar", "far")`, want: `"oob"`},
	{expr: `trim("   hello! world.!  ", "! ")`, want: `"hello! world."`},
	{expr: `trimprefix("helloworld", "hello")`, want: `"world"`}, // trimprefix docs
	{expr: `trimprefix("helloworld", "cat")`, want: `"helloworld"`},
	{expr: `trimsuffix("helloworld", "world")`, want: `"hello"`}, // trimsuffix docs
	{expr: `trimspace("  hello\n\n")`, want: `"hello"`},          // trimspace docs

	// collections
	{expr: `alltrue(["true", true])`, want: `true`}, // alltrue docs
	{expr: `alltrue([true, false])`, want: `false`},
	{expr: `alltrue([])`, want: `true`},
	{expr: `alltrue([u, false])`, want: `false`, local: true},
	{expr: `anytrue(["true"])`, want: `true`}, // anytrue docs
	{expr: `anytrue([true, false])`, want: `true`},
	{expr: `anytrue([])`, want: `false`},
	{expr: `chunklist(["a", "b", "c", "d", "e"], 2)`, want: `[["a","b"],["c","d"],["e"]]`}, // chunklist docs
	{expr: `chunklist(["a", "b", "c", "d", "e"], 1)`, want: `[["a"],["b"],["c"],["d"],["e"]]`},
	{expr: `coalesce("a", "b")`, want: `"a"`}, // coalesce docs
	{expr: `coalesce("", "b")`, want: `"b"`},
	{expr: `coalesce(1, 2)`, want: `1`},
	{expr: `coalesce(["", "b"]...)`, want: `"b"`},
	{expr: `coalesce(1, "hello")`, want: `"1"`},
	{expr: `coalesce(null, "x")`, want: `"x"`},
	{expr: `coalesce(null, "")`, want: errResult},
	{expr: `coalescelist(["a", "b"], ["c", "d"])`, want: `["a","b"]`}, // coalescelist docs
	{expr: `coalescelist([], ["c", "d"])`, want: `["c","d"]`},
	{expr: `coalescelist([[], ["foo", "bar"]]...)`, want: `["foo","bar"]`},
	{expr: `compact(["a", "", "b", "c"])`, want: `["a","b","c"]`}, // compact docs
	{expr: `compact(["a", null, "b"])`, want: `["a","b"]`},
	{expr: `concat(["a", ""], ["b", "c"])`, want: `["a","","b","c"]`}, // concat docs
	{expr: `contains(["a", "b", "c"], "a")`, want: `true`},            // contains docs
	{expr: `contains(["a", "b", "c"], "d")`, want: `false`},
	{expr: `distinct(["a", "b", "a", "c", "d", "b"])`, want: `["a","b","c","d"]`}, // distinct docs
	{expr: `element(["a", "b", "c"], 1)`, want: `"b"`},                            // element docs
	{expr: `element(["a", "b", "c"], 3)`, want: `"a"`},
	{expr: `element(["a", "b", "c"], length(["a", "b", "c"])-1)`, want: `"c"`},
	{expr: `element([], 0)`, want: errResult},
	{expr: `element(["a", "b"], -1)`, want: errResult},
	{expr: `flatten([["a", "b"], [], ["c"]])`, want: `["a","b","c"]`}, // flatten docs
	{expr: `flatten([[["a", "b"], []], ["c"]])`, want: `["a","b","c"]`},
	{expr: `index(["a", "b", "c"], "b")`, want: `1`}, // index docs
	{expr: `index(["a", "b", "c"], "z")`, want: errResult},
	{expr: `index(["us-east-1a", "us-east-1b"], "us-east-1b")`, want: `1`},
	{expr: `index([1, 2, 3], 3)`, want: `2`},
	{expr: `index([1, 2], "2")`, want: errResult},
	{expr: `index({a = "b"}, "b")`, want: errResult},
	{expr: `index([], "a")`, want: errResult},
	{expr: `index(["a", u], "a")`, want: `0`, local: true},
	{expr: `index(["b", u], "a")`, want: unknownResult, local: true},
	{expr: `keys({a = 1, c = 2, d = 3})`, want: `["a","c","d"]`}, // keys docs
	{expr: `length([])`, want: `0`},                              // length docs
	{expr: `length(["a", "b"])`, want: `2`},
	{expr: `length({"a" = "b"})`, want: `1`},
	{expr: `length("hello")`, want: `5`},
	{expr: `length("👾🕹️")`, want: `2`},
	{expr: `length(u)`, want: unknownResult, local: true},
	{expr: `lookup({a = "ay", b = "bee"}, "a", "what?")`, want: `"ay"`}, // lookup docs
	{expr: `lookup({a = "ay", b = "bee"}, "c", "what?")`, want: `"what?"`},
	{expr: `lookup({a = "ay"}, "c")`, want: errResult},
	{expr: `lookup({a = 1}, "a")`, want: `1`},
	{expr: `lookup(tomap({a = "x"}), "b", null)`, want: `null`},
	{expr: `matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])`, want: `["i-abc","i-def"]`}, // matchkeys docs
	{expr: `matchkeys(["a"], ["x", "y"], ["x"])`, want: errResult},
	{expr: `matchkeys(["a", "b"], ["x", "y"], ["z"])`, want: `[]`},
	{expr: `merge({a = "b", c = "d"}, {e = "f", c = "z"})`, want: `{"a":"b","c":"z","e":"f"}`}, // merge docs
	{expr: `merge({a = "b"}, {a = [1, 2], c = "z"}, {d = 3})`, want: `{"a":[1,2],"c":"z","d":3}`},
	{expr: `merge()`, want: `{}`},
	{expr: `merge(null, {a = 1})`, want: `{"a":1}`},
	{expr: `one([])`, want: `null`}, // one docs
	{expr: `one(["hello"])`, want: `"hello"`},
	{expr: `one(["hello", "goodbye"])`, want: errResult},
	{expr: `one(toset([]))`, want: `null`},
	{expr: `one(toset(["hello"]))`, want: `"hello"`},
	{expr: `range(3)`, want: `[0,1,2]`}, // range docs
	{expr: `range(1, 4)`, want: `[1,2,3]`},
	{expr: `range(1, 8, 2)`, want: `[1,3,5,7]`},
	{expr: `range(1, 4, 0.5)`, want: `[1,1.5,2,2.5,3,3.5]`},
	{expr: `range(4, 1)`, want: `[4,3,2]`},
	{expr: `range(10, 5, -2)`, want: `[10,8,6]`},
	{expr: `range(0)`, want: `[]`},
	{expr: `reverse([1, 2, 3])`, want: `[3,2,1]`},                                // reverse docs
	{expr: `setintersection(["a", "b"], ["b", "c"], ["b", "d"])`, want: `["b"]`}, // setintersection docs
	{expr: `setproduct(["development", "staging"], ["app1", "app2"])`, want: `[["development","app1"],["development","app2"],["staging","app1"],["staging","app2"]]`}, // setproduct docs
	{expr: `setproduct(["development", "staging"], [])`, want: `[]`},
	{expr: `setsubtract(["a", "b", "c"], ["a", "c"])`, want: `["b"]`},            // setsubtract docs
	{expr: `setunion(["a", "b"], ["b", "c"], ["d"])`, want: `["a","b","c","d"]`}, // setunion docs
	{expr: `slice(["a", "b", "c", "d"], 1, 3)`, want: `["b","c"]`},               // slice docs
	{expr: `slice(["a", "b"], 1, 3)`, want: errResult},
	{expr: `sort(["e", "d", "a", "x"])`, want: `["a","d","e","x"]`}, // sort docs
	{expr: `sort(["10", "9"])`, want: `["10","9"]`},
	{expr: `transpose({"a" = ["1", "2"], "b" = ["2", "3"]})`, want: `{"1":["a"],"2":["a","b"],"3":["b"]}`}, // transpose docs
	{expr: `transpose({})`, want: `{}`},
	{expr: `values({a = 3, c = 2, d = 1})`, want: `[3,2,1]`},    // values docs
	{expr: `zipmap(["a", "b"], [1, 2])`, want: `{"a":1,"b":2}`}, // zipmap docs
	{expr: `zipmap(["a"], [1, 2])`, want: errResult},

	// encoding
	{expr: `base64decode("SGVsbG8gV29ybGQ=")`, want: `"Hello World"`}, // base64decode docs
	{expr: `base64decode("not base64")`, want: errResult},
	{expr: `base64encode("Hello World")`, want: `"SGVsbG8gV29ybGQ="`},                                         // base64encode docs
	{expr: `base64gzip("hello")`, want: `"H4sIAAAAAAAA/8pIzcnJBwAAAP//AQAA//+GphA2BQAAAA=="`},                 // terraform console
	{expr: `csvdecode("a,b,c\n1,2,3\n4,5,6")`, want: `[{"a":"1","b":"2","c":"3"},{"a":"4","b":"5","c":"6"}]`}, // csvdecode docs
	{expr: `jsondecode("{\"hello\": \"world\"}")`, want: `{"hello":"world"}`},                                 // jsondecode docs
	{expr: `jsondecode("true")`, want: `true`},
	{expr: `jsondecode("{")`, want: errResult},
	{expr: `jsonencode({"hello" = "world"})`, want: `"{\"hello\":\"world\"}"`}, // jsonencode docs
	{expr: `jsonencode(u)`, want: unknownResult, local: true},
	{expr: `urlencode("Hello World!")`, want: `"Hello+World%21"`},                                     // urlencode docs
	{expr: `textencodebase64("Hello World", "UTF-16LE")`, want: `"SABlAGwAbABvACAAVwBvAHIAbABkAA=="`}, // textencodebase64 docs
	{expr: `textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")`, want: `"Hello World"`}, // textdecodebase64 docs
	{expr: `textencodebase64("a", "nope")`, want: errResult},
	{expr: `textdecodebase64("!!", "UTF-8")`, want: errResult},
	{expr: `templatestring("hello", {})`, want: errResult}, // templatestring docs: a literal template is refused
	{expr: `templatestring(jsonencode("a"), {})`, want: errResult},
	{expr: `templatestring(tmpl, {name = "Ander"})`, want: `"Hello, Ander!"`, local: true, tfExpr: `templatestring(local.tmpl, {name = "Ander"})`},
	{expr: `templatestring(tmpls.list, {names = ["a", "b"]})`, want: `"a,b,"`, local: true, tfExpr: `templatestring(local.tmpls.list, {names = ["a", "b"]})`},
	{expr: `templatestring(tmpl, {})`, want: errResult, local: true, tfExpr: `templatestring(local.tmpl, {})`},
	{expr: `templatestring(tmpl, {name = u})`, want: unknownResult, local: true},
	{expr: `templatestring(u, {})`, want: unknownResult, local: true},
	{expr: `templatestring(tmpl, null)`, want: errResult, local: true, tfExpr: `templatestring(local.tmpl, null)`},
	{expr: `yamldecode("hello: world")`, want: `{"hello":"world"}`}, // yamldecode docs
	{expr: `yamldecode("true")`, want: `true`},
	{expr: `yamldecode("{a: &foo [1, 2, 3], b: *foo}")`, want: `{"a":[1,2,3],"b":[1,2,3]}`},
	{expr: `yamldecode("{a: &foo [1, *foo, 3]}")`, want: errResult},
	{expr: `yamldecode("- 1\n- 'x'\n- null")`, want: `[1,"x",null]`},
	{expr: `yamldecode(":")`, want: errResult},
	{expr: `yamlencode({"a":"b", "c":"d"})`, want: `"\"a\": \"b\"\n\"c\": \"d\"\n"`}, // yamlencode docs
	{expr: `yamlencode({"foo":[1, 2, 3], "bar": "baz"})`, want: `"\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n"`},
	{expr: `yamlencode({"foo":[1, {"a":"b","c":"d"}, 3], "bar": "baz"})`, want: `"\"bar\": \"baz\"\n\"foo\":\n- 1\n- \"a\": \"b\"\n  \"c\": \"d\"\n- 3\n"`},
	{expr: `yamlencode("a\nb")`, want: `"|-\n  a\n  b\n"`},
	{expr: `urlencode("☃")`, want: `"%E2%98%83"`},
	{expr: `urlencode("foo:bar@localhost?foo=bar&bar=baz")`, want: `"foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz"`},

	// hashes and crypto
	{expr: `base64sha256("hello world")`, want: `"uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="`},                                             // base64sha256 docs
	{expr: `base64sha512("hello world")`, want: `"MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="`}, // base64sha512 docs
	{expr: `md5("hello world")`, want: `"5eb63bbbe01eeed093cb22bb8f5acdc3"`},                                                                  // md5 docs
	{expr: `sha1("hello world")`, want: `"2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"`},                                                         // sha1 docs
	{expr: `sha256("hello world")`, want: `"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"`},                               // sha256 docs
	{expr: `sha512("hello world")`, want: `"309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"`},
	{expr: `uuidv5("dns", "www.terraform.io")`, want: `"a5008fae-b28c-5ba5-96cd-82b4c53552d6"`}, // uuidv5 docs
	{expr: `uuidv5("url", "https://www.terraform.io/")`, want: `"9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"`},
	{expr: `uuidv5("oid", "1.3.6.1.4")`, want: `"af9d40a5-7a36-5c07-b23a-851cd99fbfa5"`},
	{expr: `uuidv5("x500", "CN=Example,C=GB")`, want: `"84e09961-4aa4-57f8-95b7-03edb1073253"`},
	{expr: `uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io")`, want: `"a5008fae-b28c-5ba5-96cd-82b4c53552d6"`},
	{expr: `uuidv5("nope", "x")`, want: errResult},
	{expr: `uuid()`, want: unknownResult, impure: true},
	{expr: `bcrypt("hello world")`, want: unknownResult, impure: true},
	{expr: `timestamp()`, want: unknownResult, impure: true},

	// filesystem path helpers (no file access)
	{expr: `basename("foo/bar/baz.txt")`, want: `"baz.txt"`}, // basename docs
	{expr: `dirname("foo/bar/baz.txt")`, want: `"foo/bar"`},  // dirname docs

	// date and time
	{expr: `formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")`, want: `"02 Jan 2018 23:12 UTC"`}, // formatdate docs
	{expr: `formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")`, want: `"Tuesday, 02-Jan-18 23:12:01 UTC"`},
	{expr: `formatdate("h'h'mm", "2018-01-02T23:12:01-08:00")`, want: `"23h12"`},
	{expr: `timeadd("2017-11-22T00:00:00Z", "10m")`, want: `"2017-11-22T00:10:00Z"`}, // timeadd docs
	{expr: `timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")`, want: `0`},     // timecmp docs
	{expr: `timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z")`, want: `-1`},
	{expr: `timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z")`, want: `1`},
	{expr: `timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:59:00-01:00")`, want: `-1`},
	{expr: `timecmp("x", "2017-11-22T00:00:00Z")`, want: errResult},

	// IP network
	{expr: `cidrhost("10.12.112.0/20", 16)`, want: `"10.12.112.16"`}, // cidrhost docs
	{expr: `cidrhost("10.12.112.0/20", 268)`, want: `"10.12.113.12"`},
	{expr: `cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)`, want: `"fd00:fd12:3456:7890::22"`},
	{expr: `cidrhost("10.0.0.0/24", -1)`, want: `"10.0.0.255"`},
	{expr: `cidrhost("10.0.0.0/24", 256)`, want: errResult},
	{expr: `cidrnetmask("172.16.0.0/12")`, want: `"255.240.0.0"`}, // cidrnetmask docs
	{expr: `cidrnetmask("10.0.0.0/32")`, want: `"255.255.255.255"`},
	{expr: `cidrsubnet("172.16.0.0/12", 4, 2)`, want: `"172.18.0.0/16"`}, // cidrsubnet docs
	{expr: `cidrsubnet("10.1.2.0/24", 4, 15)`, want: `"10.1.2.240/28"`},
	{expr: `cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)`, want: `"fd00:fd12:3456:7800:a200::/72"`},
	{expr: `cidrsubnet("10.1.2.0/24", 4, 16)`, want: errResult},
	{expr: `cidrsubnet("10.0.0.0/8", 8, 0)`, want: `"10.0.0.0/16"`},
	{expr: `cidrsubnet("10.1.2.3/8", 8, 1)`, want: `"10.1.0.0/16"`},
	{expr: `cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)`, want: `["10.1.0.0/20","10.1.16.0/20","10.1.32.0/24","10.1.48.0/20"]`}, // cidrsubnets docs
	{expr: `cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)`, want: `["fd00:fd12:3456:7800::/72","fd00:fd12:3456:7800:100::/72","fd00:fd12:3456:7800:200::/72","fd00:fd12:3456:7800:300::/88"]`},
	{expr: `cidrsubnets("10.0.0.0/30", 1, 1, 1)`, want: errResult},
	{expr: `cidrsubnet(u, 4, 2)`, want: unknownResult, local: true},

	// type conversion
	{expr: `tostring("hello")`, want: `"hello"`}, // tostring docs
	{expr: `tostring(1)`, want: `"1"`},
	{expr: `tostring(true)`, want: `"true"`},
	{expr: `tostring(null)`, want: `null`},
	{expr: `tostring([])`, want: errResult},
	{expr: `tonumber(1)`, want: `1`}, // tonumber docs
	{expr: `tonumber("1")`, want: `1`},
	{expr: `tonumber(null)`, want: `null`},
	{expr: `tonumber("no")`, want: errResult},
	{expr: `tobool(true)`, want: `true`}, // tobool docs
	{expr: `tobool("true")`, want: `true`},
	{expr: `tobool(null)`, want: `null`},
	{expr: `tobool("no")`, want: errResult},
	{expr: `tobool(1)`, want: errResult},
	{expr: `tolist(["a", "b", "c"])`, want: `["a","b","c"]`}, // tolist docs
	{expr: `tolist(["a", "b", 3])`, want: `["a","b","3"]`},
	{expr: `tomap({"a" = 1, "b" = 2})`, want: `{"a":1,"b":2}`}, // tomap docs
	{expr: `tomap({"a" = "foo", "b" = true})`, want: `{"a":"foo","b":"true"}`},
	{expr: `toset(["a", "b", "c", "a"])`, want: `["a","b","c"]`}, // toset docs
	{expr: `toset(["c", "b", "b"])`, want: `["b","c"]`},
	{expr: `toset(["a", "b", 3])`, want: `["3","a","b"]`},
	{expr: `try(local.nope, "fallback")`, want: `"fallback"`, local: true}, // try docs: the first expression that evaluates without error
	{expr: `try(tonumber("x"), 5)`, want: `5`},
	{expr: `try(index(["a"], "z"), -1)`, want: `-1`},
	{expr: `try(u, "x")`, want: unknownResult, local: true},
	{expr: `can(index(["a"], "z"))`, want: `false`}, // can docs
	{expr: `can(regex("^[a-z]+$", "abc"))`, want: `true`},
	{expr: `can(u)`, want: unknownResult, local: true},

	// sensitivity
	{expr: `sensitive("x")`, want: secretResult},
	{expr: `nonsensitive(sensitive("x"))`, want: `"x"`},
	{expr: `issensitive(sensitive("x"))`, want: `true`}, // issensitive docs
	{expr: `issensitive("x")`, want: `false`},
	{expr: `length(sensitive(["a", "b"]))`, want: secretResult},
	{expr: `ephemeralasnull("x")`, want: `"x"`},

	// unknown and null arguments
	{expr: `upper(u)`, want: unknownResult, local: true},
	{expr: `element(["a", "b"], u)`, want: unknownResult, local: true},
	{expr: `lookup({a = 1}, u, 2)`, want: unknownResult, local: true},
	{expr: `merge({a = u}, {b = 1})`, want: unknownResult, local: true},
	{expr: `upper(null)`, want: errResult},
	{expr: `length(null)`, want: errResult},
	// edge cases checked against terraform console
	{expr: `format("%v", [1, "a"])`, want: `"[1,\"a\"]"`},
	{expr: `format("%s", true)`, want: `"true"`},
	{expr: `format("%5.1f%%", 12.345)`, want: `" 12.3%"`},
	{expr: `format("%s %s", "a")`, want: errResult},
	{expr: `formatlist("%s-%s", ["a", "b"], ["c"])`, want: errResult},
	{expr: `flatten([toset(["a"]), ["b", ["c"]]])`, want: `["a","b","c"]`},
	{expr: `keys({b = 1, a = "x"})`, want: `["a","b"]`},
	{expr: `values({b = 1, a = "x"})`, want: `["x",1]`},
	{expr: `concat([1], ["a"])`, want: `[1,"a"]`},
	{expr: `distinct([1, "1"])`, want: `["1"]`},
	{expr: `sort([3, 1, 2])`, want: `["1","2","3"]`},
	{expr: `reverse(toset(["a"]))`, want: `["a"]`},
	{expr: `slice([1, "a", true], 1, 2)`, want: `["a"]`},
	{expr: `range(1, 2, 0)`, want: errResult},
	{expr: `range(-3)`, want: `[0,-1,-2]`},
	{expr: `coalescelist([], [])`, want: errResult},
	{expr: `tolist(toset(["b", "a"]))`, want: `["a","b"]`},
	{expr: `tomap({a = [1], b = "x"})`, want: errResult},
	{expr: `replace("abc", "/(b)/", "[$1]")`, want: `"a[b]c"`},
	{expr: `replace("abc", "/b/", "$$")`, want: `"a$c"`},
	{expr: `replace("a.b", ".", "/")`, want: `"a/b"`},
	{expr: `regex("(?P<a>x)(y)", "xy")`, want: errResult},
	{expr: `regexall("x", "abc")`, want: `[]`},
	{expr: `title("élan vital")`, want: `"Élan Vital"`},
	{expr: `join(",", ["a", null])`, want: errResult},
	{expr: `join(",", [])`, want: `""`},
	{expr: `join("-", ["a"], ["b", "c"])`, want: `"a-b-c"`},
	{expr: `split("", "abc")`, want: `["a","b","c"]`},
	{expr: `substr("abc", 5, 1)`, want: `""`},
	{expr: `substr("abc", 1, -1)`, want: `"bc"`},
	{expr: `jsondecode("1.5e3")`, want: `1500`},
	{expr: `jsondecode("[1, \"a\"]")`, want: `[1,"a"]`},
	{expr: `csvdecode("a,b\n1")`, want: errResult},
	{expr: `formatdate("YYYY", "not a date")`, want: errResult},
	{expr: `cidrhost("2001:db8::/32", 4294967296)`, want: `"2001:db8::1:0:0"`},
	{expr: `cidrnetmask("2001:db8::/32")`, want: errResult},
	{expr: `cidrsubnets("10.0.0.0/8")`, want: `[]`},
	{expr: `cidrsubnet("10.0.0.0/8", 0, 0)`, want: `"10.0.0.0/8"`},
	{expr: `cidrsubnet("not-a-cidr", 1, 0)`, want: errResult},
	{expr: `cidrhost("10.0.0.0/8", 1.5)`, want: errResult},
	{expr: `parseint("10", 1)`, want: errResult},
	{expr: `parseint("0x10", 16)`, want: errResult},
	{expr: `log(0, 10)`, want: errResult},
	{expr: `pow(2, 0.5)`, want: `1.4142135623730951`},
	{expr: `floor(-1.5)`, want: `-2`},
	{expr: `ceil(-1.5)`, want: `-1`},
	{expr: `max()`, want: errResult},
	{expr: `min("3", 2)`, want: `2`},
	{expr: `abs(-0)`, want: `0`},
	{expr: `zipmap(["a", "b"], [1, "x"])`, want: `{"a":1,"b":"x"}`},
	{expr: `zipmap(["a", "a"], [1, 2])`, want: `{"a":2}`},
	{expr: `one([1, "a"][0])`, want: errResult},
	{expr: `one(null)`, want: errResult},
	{expr: `one([null])`, want: `null`},
	{expr: `sum([1, null])`, want: errResult},
	{expr: `can(null)`, want: `true`},
	{expr: `element(["a", "b"], "1")`, want: `"b"`},
	{expr: `element(["a", "b"], 1.5)`, want: errResult},
	{expr: `element(toset(["a"]), 0)`, want: errResult},
	{expr: `index(["1", "2"], 2)`, want: errResult},
	{expr: `index(toset(["a"]), "a")`, want: errResult},
	{expr: `index([["a"], ["b"]], ["b"])`, want: `1`},
	{expr: `contains([1, 2], "1")`, want: `false`},
	{expr: `contains(["a"], null)`, want: errResult},
	{expr: `setunion([1], ["a"])`, want: `["1","a"]`},
	{expr: `setproduct(["a"], [1, 2])`, want: `[["a",1],["a",2]]`},
	{expr: `setproduct({a = "x"}, ["b"])`, want: errResult},
	{expr: `transpose({a = ["x", "x"], b = ["x"]})`, want: `{"x":["a","a","b"]}`},
	{expr: `matchkeys([1, 2, 3], [1, 2, 3], [2, "3"])`, want: `[2,3]`},
	{expr: `urlencode("a b~c-d_e.f*")`, want: `"a+b~c-d_e.f%2A"`},
	{expr: `lookup({a = {b = 1}}, "a")`, want: `{"b":1}`},
	{expr: `lookup({a = 1, b = "x"}, "c", true)`, want: `true`},
	{expr: `lookup({}, "a", "d")`, want: `"d"`},
	{expr: `lookup(["a"], "0", "d")`, want: errResult},
	{expr: `lookup({a = 1}, "a", "b", "c")`, want: errResult},
	{expr: `merge({a = 1}, ["b"])`, want: errResult},
	{expr: `merge(tomap({a = "x"}), tomap({b = "y"}))`, want: `{"a":"x","b":"y"}`},
	{expr: `length(tolist(["a"]))`, want: `1`},
	{expr: `length(1)`, want: errResult},
	{expr: `coalesce()`, want: errResult},
	{expr: `coalesce([], ["a"])`, want: `[]`},
	{expr: `coalesce(true, "x")`, want: `"true"`},
	{expr: `compact([])`, want: `[]`},
	{expr: `chunklist([], 2)`, want: `[]`},
	{expr: `chunklist(["a"], 0)`, want: `[["a"]]`},
	{expr: `chunklist(["a"], -1)`, want: errResult},
	{expr: `alltrue(["x"])`, want: errResult},
	{expr: `alltrue([null])`, want: `false`},
	{expr: `anytrue([null, true])`, want: `true`},
	{expr: `tostring({})`, want: errResult},
	{expr: `tonumber("0x10")`, want: errResult},
	{expr: `tonumber(" 1")`, want: errResult},
	{expr: `tolist("a")`, want: errResult},
	{expr: `toset([[1], [1]])`, want: `[[1]]`},
	{expr: `strcontains("abc", "")`, want: `true`},
	{expr: `startswith("", "")`, want: `true`},
	{expr: `endswith("abc", "")`, want: `true`},
	{expr: `trim("aaa", "")`, want: `"aaa"`},
	{expr: `indent(2, "a\n\nb\n")`, want: `"a\n  \n  b\n  "`},
	{expr: `chomp("a\r\n\r\n")`, want: `"a"`},
	{expr: `trimspace("\t a \u00a0")`, want: `"a"`},
	{expr: `base64decode("SGVsbG8")`, want: errResult},
	{expr: `base64decode("/w==")`, want: errResult},
	{expr: `base64encode("")`, want: `""`},
	{expr: `md5("")`, want: `"d41d8cd98f00b204e9800998ecf8427e"`},
	{expr: `basename("")`, want: `"."`},
	{expr: `basename("a/")`, want: `"a"`},
	{expr: `dirname("a")`, want: `"."`},
	{expr: `dirname("/a/b/")`, want: `"/a/b"`},
	{expr: `basename("C:\\a\\b")`, want: `"C:\\a\\b"`},
	{expr: `timeadd("2017-11-22T00:00:00Z", "-1h30m")`, want: `"2017-11-21T22:30:00Z"`},
	{expr: `timeadd("2017-11-22T00:00:00Z", "1d")`, want: errResult},
	{expr: `formatdate("MMMM D, YYYY h:mm aa", "2017-11-22T13:04:05Z")`, want: `"November 22, 2017 13:04 pm"`},
	{expr: `issensitive(nonsensitive(sensitive(1)))`, want: `false`},
	{expr: `nonsensitive("x")`, want: `"x"`},
	{expr: `sensitive(null)`, want: secretResult},
	{expr: `try()`, want: errResult},
	{expr: `try(null)`, want: `null`},
	{expr: `can("a")`, want: `true`},
	{expr: `list("a")`, want: errResult},
	{expr: `map("a", 1)`, want: errResult},
	{expr: `can(list())`, want: `false`},
}

// tfLocals declares the test templates for terraform console.
const tfLocals = `locals {
  tmpl  = "Hello, $${name}!"
  tmpls = { list = "%%{ for n in names }$${n},%%{ endfor }" }
}
`

// testEvalContext is the base function table with the unknown string u.
func testEvalContext() *hcl.EvalContext {
	return &hcl.EvalContext{
		Variables: map[string]cty.Value{
			"u":     cty.UnknownVal(cty.String),
			"tmpl":  cty.StringVal("Hello, ${name}!"),
			"tmpls": cty.ObjectVal(map[string]cty.Value{"list": cty.StringVal("%{ for n in names }${n},%{ endfor }")}),
		},
		Functions: baseFunctions(),
	}
}

// render evaluates expr and renders the result as funcRow.want.
func render(t *testing.T, ctx *hcl.EvalContext, expr string) (out string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked: %v", expr, r)
			out = "!PANIC"
		}
	}()
	e, diags := hclsyntax.ParseExpression([]byte(expr), "test.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("parse %s: %s", expr, diags)
	}
	v, diags := e.Value(ctx)
	if diags.HasErrors() {
		return errResult
	}
	if v.ContainsMarked() {
		return secretResult
	}
	if !v.IsWhollyKnown() {
		return unknownResult
	}
	j, err := stdlib.JSONEncode(v)
	if err != nil {
		return errResult
	}
	return j.AsString()
}

func TestFunctionTable(t *testing.T) {
	ctx := testEvalContext()
	for _, r := range funcRows {
		if got := render(t, ctx, r.expr); got != r.want {
			t.Errorf("%s = %s, want %s", r.expr, got, r.want)
		}
	}
}

// TestFunctionsAgainstTerraform compares every row that needs no test
// variable with terraform console (all rows in one process call).
func TestFunctionsAgainstTerraform(t *testing.T) {
	tf, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("terraform is not on the PATH")
	}
	var rows []funcRow
	for _, r := range funcRows {
		if r.tfExpr == "" && !r.impure && !r.local {
			r.tfExpr = r.expr
		}
		if r.tfExpr != "" {
			rows = append(rows, r)
		}
	}
	var in strings.Builder
	in.WriteString("[\n")
	for _, r := range rows {
		in.WriteString("try(jsonencode(" + r.tfExpr + "), \"" + errResult + "\"),\n")
	}
	in.WriteString("]\n")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tfLocals), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, tf, "console")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+os.DevNull, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")
	cmd.Stdin = strings.NewReader(strings.ReplaceAll(in.String(), "\n", " ") + "\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("terraform console: %v\n%s", err, stderr.String())
	}
	var got []string
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSuffix(strings.TrimSpace(sc.Text()), ",")
		switch {
		case line == "[" || line == "]" || line == "":
		case strings.HasPrefix(line, `"`):
			s, err := strconv.Unquote(line)
			if err != nil {
				t.Fatalf("terraform console line %q: %v", line, err)
			}
			if s != errResult {
				// try(jsonencode(x)) is a JSON string: compare the JSON.
				got = append(got, s)
			} else {
				got = append(got, errResult)
			}
		default:
			got = append(got, line)
		}
	}
	if len(got) != len(rows) {
		t.Fatalf("terraform console gave %d results for %d rows:\n%s\n%s", len(got), len(rows), stdout.String(), stderr.String())
	}
	ectx := testEvalContext()
	agree := 0
	for i, r := range rows {
		if ours := render(t, ectx, r.expr); ours != got[i] {
			t.Errorf("%s: iacvet %s, terraform %s", r.expr, ours, got[i])
		} else {
			agree++
		}
	}
	t.Logf("%d of %d rows agree with terraform console", agree, len(rows))
	if diff := cmp.Diff(len(rows), agree); diff != "" {
		t.Errorf("agreement (-rows +agree):\n%s", diff)
	}
}

// TestIndexInForEach is issue 14's case: index(local.azs, each.key) in a
// resource expanded with for_each, evaluated through a whole scan.
func TestIndexInForEach(t *testing.T) {
	fsys := fstest.MapFS{
		"main.tf": {Data: []byte(`
locals {
  azs = ["eu-west-1a", "eu-west-1b"]
}
resource "aws_subnet" "s" {
  for_each          = toset(local.azs)
  availability_zone = each.key
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, index(local.azs, each.key))
  tags = {
    Name = lookup({ "eu-west-1a" = "first" }, each.key, "other")
    Arn  = provider::aws::arn_build("aws", "ec2", "eu-west-1", "1", "subnet/x")
  }
}
`)},
	}
	rs, diags := ParseFS(context.Background(), fsys, "m", Options{})
	for _, d := range diags {
		if d.Severity != model.DiagNotice {
			t.Errorf("diagnostic: %v", d)
		}
	}
	got := map[string][]any{}
	for _, r := range rs {
		tags, _ := r.Properties["tags"].(map[string]any)
		got[r.Address] = []any{r.Properties["cidr_block"], tags["Name"], tags["Arn"] == model.Unknown{}}
	}
	want := map[string][]any{
		`aws_subnet.s["eu-west-1a"]`: {"10.0.0.0/24", "first", true},
		`aws_subnet.s["eu-west-1b"]`: {"10.0.1.0/24", "other", true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("subnets (-want +got):\n%s", diff)
	}
}

// TestUnknownArguments calls every function with unknown arguments of
// unknown type: the result is unknown, never an error or a panic.
func TestUnknownArguments(t *testing.T) {
	// functions whose result does not depend on the argument's value
	known := map[string]bool{"issensitive": true}
	removed := map[string]bool{"list": true, "map": true}
	funcs := baseFunctions()
	for name, f := range funcs {
		n := len(f.Params())
		if f.VarParam() != nil {
			n += 2
		}
		args := make([]cty.Value, n)
		for i := range args {
			args[i] = cty.DynamicVal
		}
		if name == "try" || name == "can" || name == "templatestring" {
			continue // their arguments are expressions, covered by funcRows
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s panicked: %v", name, r)
				}
			}()
			v, err := f.Call(args)
			if (err != nil) != removed[name] {
				t.Errorf("%s(unknown...): error %v", name, err)
				return
			}
			if err != nil {
				return
			}
			if v.IsWhollyKnown() != known[name] {
				t.Errorf("%s(unknown...) = %#v", name, v)
			}
		}()
	}
}

// FuzzFunctionExpr evaluates one expression with the function table
// (seeded with every funcRows expression) and checks that no function
// panics.
func FuzzFunctionExpr(f *testing.F) {
	for _, r := range funcRows {
		f.Add(r.expr)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 512 || strings.Contains(src, "%") {
			t.Skip() // format widths and long inputs only measure memory
		}
		e, diags := hclsyntax.ParseExpression([]byte(src), "fuzz.tf", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		_, diags = e.Value(testEvalContext())
		// cty turns a panic in a function into an error: fail on those too.
		if strings.Contains(diags.Error(), "panic in function implementation") {
			t.Fatalf("%s: %s", src, diags.Error())
		}
	})
}
