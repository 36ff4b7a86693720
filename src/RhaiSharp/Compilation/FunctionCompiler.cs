using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using RhaiSharp.Runtime;
using RhaiSharp.SyntaxTree;
using RhaiSharp.Values;

namespace RhaiSharp.Compilation;

/// <summary>
/// Translates one function body (or the main program) into a <see cref="CompiledBody"/> expression tree and compiles it.
/// Lowering rules that keep FastExpressionCompiler on its safe paths (COMPILER-NOTES.md): every jump is a
/// <c>Goto</c>; closures are lifted into their own delegates over shared cells; operator and else-if chains are
/// emitted flat; no struct is written through a member; literals come from a constant pool, not boxed constants.
/// </summary>
internal sealed partial class FunctionCompiler
{
    // The emitted tree stays far below FEC's ~5,000-level crash depth: past this AST depth we refuse to compile.
    private const int MaxEmitDepth = 400;

    private readonly CompiledScript _script;
    private readonly FunctionBinding _analysis;
    private readonly TypeInference _types;

    // Storage of the INT locals proved never negative (TypeInference.NonNegativeLocals).
    private readonly HashSet<ParameterExpression> _nonNegative = [];
    private readonly ParameterExpression _ctx = Expression.Parameter(typeof(RunContext), "ctx");
    private readonly ParameterExpression _args = Expression.Parameter(typeof(object[]), "args");
    private readonly ParameterExpression _captured = Expression.Parameter(typeof(SharedCell[]), "captured");
    private readonly ParameterExpression _self = Expression.Parameter(typeof(ThisRef), "self");
    private readonly List<ParameterExpression> _locals = [];
    // Storage of each declaration of the body, found through the binding's resolution of each use; and how many
    // blocks deep the emitter is (1 = the body's top level).
    private Dictionary<DeclarationKey, Variable> _storage = [];
    private int _blockDepth;
    private readonly Dictionary<string, int> _capturedIndex = new(StringComparer.Ordinal);
    private readonly ConstantPool _pool = new();
    private readonly Expression _poolItems;
    private LabelTarget _returnLabel = Expression.Label("return");
    private readonly ParameterExpression _returnValue = Expression.Variable(typeof(object), "result");
    private readonly Stack<LoopContext> _loops = new();
    private readonly Stack<ParameterExpression> _catchExceptions = new();
    private ParameterExpression? _intResult;

    // A typed entry whose own recursive calls are inlined one level (SelfCallInlining), and whether that level is
    // being emitted now (its calls are real calls).
    private (ScriptFunction Function, List<DeclarationKey> Parameters)? _inlinableSelf;
    private bool _inliningSelf;
    private bool _exportToScope;
    private readonly bool _isMain;
    private readonly bool _isFunction;
    private int _depth;

    // Main program only: top-level variables exported to the host scope when the run ends.
    private readonly List<Variable> _topLevel = [];
    private ParameterExpression? _topLevelCount;

    private FunctionCompiler(CompiledScript script, FunctionBinding analysis, TypeInference types, bool isMain, bool isFunction)
    {
        _script = script;
        _analysis = analysis;
        _types = types;
        _isMain = isMain;
        _isFunction = isFunction;
        _poolItems = Expression.Field(Expression.Constant(_pool), nameof(ConstantPool.Items));
    }

    public static CompiledBody CompileFunction(CompiledScript script, ScriptFunction function) =>
        CompileFunction(script, function, assumeIntParameters: false, out _)!;

    /// <summary>
    /// Compiles a function body. With <paramref name="assumeIntParameters"/>, compiles the INT-specialized variant
    /// instead and reports which parameters it needs to be INTs (null when specializing gains nothing).
    /// </summary>
    public static CompiledBody? CompileFunction(CompiledScript script, ScriptFunction function, bool assumeIntParameters, out bool[]? intParameters)
    {
        var def = function.Definition;
        var (parameters, analysis, types) = FunctionAnalysis.Of(def, function.CapturedNames, assumeIntParameters, script.IntFunctionSet);
        intParameters = null;
        if (assumeIntParameters)
        {
            var typed = parameters.Select(types.IntLocals.Contains).ToArray();
            if (!typed.Any(t => t))
            {
                return null;
            }

            intParameters = typed;
        }

        var compiler = new FunctionCompiler(script, analysis, types, isMain: false, isFunction: !def.IsClosure);
        for (var i = 0; i < function.CapturedNames.Length; i++)
        {
            compiler._capturedIndex[function.CapturedNames[i]] = i;
        }

        return DelegateCompiler.Compile(compiler.BuildLambda(compiler.EmitFunctionBody(def, parameters)), script.Choice);
    }

    /// <summary>
    /// Compiles the typed entry of a function in <see cref="CompiledScript.IntFunctionSet"/>: a
    /// <c>Func&lt;RunContext, long, …, long&gt;</c> whose parameters are the INT arguments and whose result is the INT value.
    /// </summary>
    public static Delegate CompileIntFunction(CompiledScript script, ScriptFunction function)
    {
        var def = function.Definition;
        var (parameters, analysis, types) = FunctionAnalysis.Of(def, [], assumeIntParameters: true, script.IntFunctionSet);
        var compiler = new FunctionCompiler(script, analysis, types, isMain: false, isFunction: true);
        return DelegateCompiler.Compile(compiler.BuildIntLambda(function, parameters), script.Choice);
    }

    /// <summary>The delegate type of a typed entry: the run context, the INT arguments and the packed call position in, an INT out.</summary>
    public static Type IntEntryType(int arity) => Expression.GetFuncType([typeof(RunContext), .. Enumerable.Repeat(typeof(long), arity + 2)]);

    // The typed entry does the call's bookkeeping itself (as ScriptFunction.Invoke does for the general body), so a
    // call site is a single delegate call.
    private LambdaExpression BuildIntLambda(ScriptFunction function, List<DeclarationKey> parameters)
    {
        var def = function.Definition;
        _intResult = Expression.Variable(typeof(long), "int_result");
        var arguments = def.Parameters.Select(p => Expression.Parameter(typeof(long), p)).ToArray();
        var callPosition = Expression.Parameter(typeof(long), "call_position");
        if (SelfCallInlining.Allows(def, _analysis))
        {
            _inlinableSelf = (function, parameters);
        }

        var call = EmitTypedCall(function, parameters, arguments, callPosition);
        _pool.Freeze();

        // A typed entry is only reached by a plain call: no argument array, no captured cells, `this` unbound.
        var block = Expression.Block(typeof(long), _locals.Append(_returnValue).Append(_args).Append(_captured).Append(_self), call);
        return Expression.Lambda(IntEntryType(arguments.Length), block, [_ctx, .. arguments, callPosition]);
    }

    /// <summary>
    /// A call of a typed INT function with its body in place, for its typed entry and for a self-call inlined into it:
    /// enter the function, bind the INT arguments to its parameters, evaluate the body into <see cref="_intResult"/>
    /// (its <c>return</c>s jump to <see cref="_returnLabel"/>), drop its imports, leave.
    /// </summary>
    private BlockExpression EmitTypedCall(ScriptFunction function, List<DeclarationKey> parameterKeys, IReadOnlyList<Expression> arguments, Expression callPosition)
    {
        var def = function.Definition;
        var variables = Expression.Variable(typeof(int), "caller_variables");
        var depth = Expression.Variable(typeof(int), "call_depth");
        var imports = Expression.Variable(typeof(int), "import_base");

        // Unlike the general entry, a typed call drops the function's imports only when its body has any: most INT
        // functions import nothing, and their calls skip the bookkeeping.
        var hasImports = def.Body.Statements.Any(s => s is ImportStmt);
        var parts = new List<Expression>();
        if (hasImports)
        {
            parts.Add(Expression.Assign(imports, Expression.Property(_ctx, nameof(RunContext.ImportCount))));
        }

        parts.Add(Expression.Assign(variables, Expression.Field(_ctx, nameof(RunContext.VariableCount))));
        parts.Add(Expression.Assign(depth, Expression.Call(_ctx, typeof(RunContext).GetMethod(nameof(RunContext.EnterFunction))!,
            ConstRef<ScriptCallable>(function), Expression.Constant(arguments.Count), callPosition)));
        PushScope();
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = Declare(def.Parameters[i], parameterKeys[i], isConstant: false);
            parts.Add(parameter.IsInt
                ? Expression.Assign(parameter.Storage!, arguments[i])
                : Store(parameter, Call(typeof(Boxes), nameof(Boxes.Int), arguments[i]), initialize: true));
        }

        parts.Add(Expression.Assign(_intResult!, EmitIntBlockValue(def.Body.Statements)));
        PopScope();
        parts.Add(Expression.Label(_returnLabel));
        if (hasImports)
        {
            parts.Add(Expression.Call(_ctx, typeof(RunContext).GetMethod(nameof(RunContext.TruncateImports))!, imports));
        }

        parts.Add(Expression.Call(_ctx, typeof(RunContext).GetMethod(nameof(RunContext.ExitFunction))!, depth, variables));
        parts.Add(_intResult!);
        return Expression.Block(typeof(long), [variables, depth, imports, _intResult!], parts);
    }

    /// <summary>The tree of a script's main program (compiled or interpreted by <see cref="CompiledScript"/>).</summary>
    /// <param name="script">The script.</param>
    /// <param name="exportToScope">Whether the run's top-level variables join the run's scope when it ends (runs with a host scope).</param>
    internal static Expression<CompiledBody> LowerMain(CompiledScript script, bool exportToScope = true)
    {
        var analysis = FunctionBinding.OfMain(script.Ast);
        var types = TypeInference.Analyze(analysis, intFunctions: script.IntFunctionSet);
        var compiler = new FunctionCompiler(script, analysis, types, isMain: true, isFunction: false) { _exportToScope = exportToScope };
        return compiler.BuildLambda(compiler.EmitMainBody(script.Ast.Statements));
    }

    private Expression<CompiledBody> BuildLambda(Expression body)
    {
        var block = Expression.Block(
            typeof(object),
            _locals.Append(_returnValue),
            Expression.Assign(_returnValue, body),
            Expression.Label(_returnLabel),
            _returnValue);
        _pool.Freeze();
        return Expression.Lambda<CompiledBody>(block, _ctx, _args, _captured, _self);
    }

    private Expression EmitMainBody(IReadOnlyList<Stmt> statements)
    {
        _topLevelCount = Expression.Variable(typeof(int), "declared");
        _locals.Add(_topLevelCount);
        PushScope();
        var body = EmitStatements(statements, topLevel: true);
        PopScope();

        if (_topLevel.Count == 0 || !_exportToScope)
        {
            return body;
        }

        // Whether the run succeeds or fails, the variables declared so far join the host scope (Rhai's eval_with_scope).
        // Nothing is built unless the run has a scope: rules evaluated without one pay nothing for this.
        var names = Expression.Constant(_topLevel.Select(v => v.Name).ToArray());
        var constants = Expression.Constant(_topLevel.Select(v => v.IsConstant).ToArray());
        var values = Expression.NewArrayInit(typeof(object), _topLevel.Select(Load));
        var export = Expression.IfThen(
            Expression.NotEqual(Expression.Property(_ctx, nameof(RunContext.Scope)), Expression.Constant(null, typeof(Scope))),
            Call(typeof(Builtins), nameof(Builtins.ExportToScope), _ctx, names, constants, values, _topLevelCount));

        // The protected region is void: FEC mishandles a try whose value is used when it contains another try.
        var value = Expression.Variable(typeof(object), "main_value");
        return Expression.Block(typeof(object), [value],
            Expression.TryFinally(Expression.Assign(value, body), export),
            value);
    }

    private Expression EmitFunctionBody(FunctionDef def, List<DeclarationKey> parameters)
    {
        PushScope();
        var prologue = new List<Expression>();
        for (var i = 0; i < def.Parameters.Length; i++)
        {
            var variable = Declare(def.Parameters[i], parameters[i], isConstant: false);
            prologue.Add(Store(variable, Expression.ArrayIndex(_args, Expression.Constant(i)), initialize: true));
        }

        prologue.Add(EmitStatements(def.Body.Statements, topLevel: false));
        PopScope();
        return Expression.Block(typeof(object), prologue);
    }

    // ---- variables ----

    private sealed record Variable(string Name, ParameterExpression? Storage, bool IsCell, bool IsConstant, int CapturedIndex = -1, bool IsInt = false);

    private void PushScope() => _blockDepth++;

    private void PopScope() => _blockDepth--;

    private bool AtTopLevel => _blockDepth == 1;

    private Variable Declare(string name, DeclarationKey key, bool isConstant)
    {
        var isCell = _analysis.Captured.Contains(key);
        var isInt = !isCell && _types.IntLocals.Contains(key);
        var storage = Expression.Variable(isCell ? typeof(SharedCell) : isInt ? typeof(long) : typeof(object), name);
        _locals.Add(storage);
        if (isInt && _types.NonNegativeLocals.Contains(key))
        {
            _nonNegative.Add(storage);
        }

        var variable = new Variable(name, storage, isCell, isConstant, IsInt: isInt);
        _storage[key] = variable;
        return variable;
    }

    /// <summary>The local a variable use means, as the binding resolved it; null for a global, scope or module name.</summary>
    private Variable? Resolve(VariableExpr use) =>
        use.Namespace.IsEmpty && _analysis.References.TryGetValue(use, out var key) ? Resolve(key, use.Name) : null;

    private Variable? Resolve(DeclarationKey key, string name)
    {
        if (_storage.TryGetValue(key, out var v))
        {
            return v;
        }

        // Not declared in this body: a name a closure received from its creator, as a cell.
        return _capturedIndex.TryGetValue(name, out var index)
            ? new Variable(name, null, IsCell: true, IsConstant: false, CapturedIndex: index)
            : null;
    }

    private Expression CellOf(Variable v) =>
        v.CapturedIndex >= 0 ? Expression.ArrayIndex(_captured, Expression.Constant(v.CapturedIndex)) : v.Storage!;

    private Expression Load(Variable v) =>
        v.IsCell ? Expression.Field(CellOf(v), nameof(SharedCell.Value))
        : v.IsInt ? Call(typeof(Boxes), nameof(Boxes.Int), v.Storage!)
        : v.Storage!;

    private Expression Store(Variable v, Expression value, bool initialize = false)
    {
        if (v.IsCell)
        {
            return initialize && v.CapturedIndex < 0
                ? Expression.Assign(v.Storage!, Expression.New(typeof(SharedCell).GetConstructors()[0], value))
                : Expression.Assign(Expression.Field(CellOf(v), nameof(SharedCell.Value)), value);
        }

        if (v.IsInt)
        {
            return Expression.Assign(v.Storage!, value.Type == typeof(long)
                ? value
                : Call(typeof(IntOps), nameof(IntOps.Unbox), value, Expression.Constant(0L)));
        }

        return Expression.Assign(v.Storage!, value);
    }

    // ---- helpers ----

    private static long Pos(Node node) => node.Position.Pack();

    private static Expression PosConst(Node node) => Expression.Constant(node.Position.Pack());

    private static readonly Expression Null = Expression.Constant(null, typeof(object));

    /// <summary>Boxed values come from a pool array: FEC would re-box an object-typed constant of a value type on every use.</summary>
    private Expression Const(object? value) => value switch
    {
        null => Null,
        string s => Expression.Constant(s, typeof(object)),
        _ => Expression.ArrayIndex(_poolItems, Expression.Constant(_pool.Add(value))),
    };

    private Expression ConstRef<T>(T value)
        where T : class => Expression.Constant(value, typeof(T));

    private static Expression Call(string name, params Expression[] args) => Call(typeof(Ops), name, args);

    private static Expression Call(Type type, string name, params Expression[] args) => Expression.Call(Method(type, name), args);

    // Reflection lookups cost microseconds each; a rule is a few dozen nodes, so they are cached.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), System.Reflection.MethodInfo> Methods = new();

    private static System.Reflection.MethodInfo Method(Type type, string name) =>
        Methods.GetOrAdd((type, name), static key => key.Item1.GetMethod(key.Item2) ?? throw new MissingMethodException(key.Item1.Name, key.Item2));

    private static Expression AsObject(Expression e) => e.Type == typeof(object) ? e : Expression.Convert(e, typeof(object));

    private Expression Truthy(Expr condition) =>
        TryEmitIntComparison(condition) ?? Call(nameof(Ops.Truthy), Emit(condition), PosConst(condition));

    private void EnterNode(Node node)
    {
        if (++_depth > MaxEmitDepth)
        {
            throw new ParseException(ParseErrorKind.ExprTooDeep, "Expression is nested too deeply to compile", node.Position);
        }

        DepthGuard.EnterSyntax(node.Position);
    }

    private sealed record LoopContext(LabelTarget Break, LabelTarget Continue, ParameterExpression Result);

    /// <summary>Boxed literals, shared by every run of the compiled delegate (read-only after compilation).</summary>
    internal sealed class ConstantPool
    {
        private readonly List<object?> _items = [];

        public object?[] Items = [];

        public int Add(object? value)
        {
            _items.Add(value);
            return _items.Count - 1;
        }

        public void Freeze() => Items = [.. _items];
    }
}
