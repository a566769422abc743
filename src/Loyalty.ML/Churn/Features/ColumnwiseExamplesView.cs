using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Runtime;

namespace Loyalty.ML.Churn.Features;

/// <summary>
/// The churn examples as a view FastTree converts one feature at a time (<see cref="ExampleColumns"/>), instead of
/// copying every value into a growing list per feature first. FastTree takes that path for a view that implements
/// ML.NET's transposable-view interface, which ML.NET keeps internal (with the slot cursor it returns): so the view's
/// type is made at run time, in an assembly that asks the runtime to let it see ML.NET's and this library's internals.
/// The types are those of the pinned ML.NET version; a version without them fails here, on the first churn fit.
/// </summary>
internal static class ColumnwiseExamplesView
{
    private const string DataAssembly = "Microsoft.ML.Data";

    private static readonly Lazy<ConstructorInfo> ViewConstructor = new(DefineView);

    /// <summary>
    /// The examples as a view whose features FastTree reads by column, each as its in-memory conversion would with
    /// <paramref name="minimumPerLeaf"/>; <paramref name="letGoOfFeatures"/> drops the view's hold on
    /// <paramref name="features"/>, for once FastTree has converted them (its trees are grown on its bins alone).
    /// </summary>
    public static IDataView Create(MLContext ml, float[] features, bool[] labels, int minimumPerLeaf, out Action letGoOfFeatures)
    {
        var columns = new ExampleColumns(ml, features, labels.Length, minimumPerLeaf);
        var view = (ExampleRowsView)ViewConstructor.Value.Invoke([features, labels, columns]);
        letGoOfFeatures = () =>
        {
            view.LetGoOfFeatures();
            columns.LetGoOfFeatures();
        };
        return view;
    }

    private static ConstructorInfo DefineView()
    {
        var data = typeof(MLContext).Assembly;
        var transposable = data.GetType("Microsoft.ML.Data.ITransposeDataView", throwOnError: true)!;
        var rootCursor = data.GetType("Microsoft.ML.Data.SlotCursor+RootSlotCursor", throwOnError: true)!;

        var name = new AssemblyName("Loyalty.ML.Churn.ColumnwiseExamples");
        var assembly = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.Run);
        foreach (var seen in new[] { DataAssembly, typeof(ExampleRowsView).Assembly.GetName().Name! })
        {
            assembly.SetCustomAttribute(new CustomAttributeBuilder(
                typeof(IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!, [seen]));
        }

        var module = assembly.DefineDynamicModule(name.Name!);
        var cursor = DefineCursor(module, rootCursor);
        return DefineView(module, transposable, cursor);
    }

    // A RootSlotCursor whose moves, slot type and getter are those of an ExampleColumns.Cursor.
    private static ConstructorInfo DefineCursor(ModuleBuilder module, Type rootCursor)
    {
        var type = module.DefineType("ExampleSlotCursor", TypeAttributes.Public | TypeAttributes.Sealed, rootCursor);
        var source = type.DefineField("_source", typeof(ExampleColumns.Cursor), FieldAttributes.Private | FieldAttributes.InitOnly);

        var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(IChannelProvider), typeof(ExampleColumns.Cursor)]);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Call, rootCursor.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [typeof(IChannelProvider)])!);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Stfld, source);
        il.Emit(OpCodes.Ret);

        Forward(type, source, rootCursor, "MoveNextCore", typeof(ExampleColumns.Cursor).GetMethod(nameof(ExampleColumns.Cursor.MoveNext))!);
        Forward(type, source, rootCursor, "GetSlotType", typeof(ExampleColumns.Cursor).GetProperty(nameof(ExampleColumns.Cursor.SlotType))!.GetMethod!);

        // ValueGetter<VBuffer<TValue>> GetGetter<TValue>(): the column's getter, of floats (the only item type the view has).
        var getGetter = rootCursor.GetMethod("GetGetter", BindingFlags.Instance | BindingFlags.Public)!;
        var method = type.DefineMethod(getGetter.Name, MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig);
        var item = method.DefineGenericParameters("TValue")[0];
        var getter = typeof(ValueGetter<>).MakeGenericType(typeof(VBuffer<>).MakeGenericType(item));
        method.SetReturnType(getter);
        il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, source);
        il.Emit(OpCodes.Callvirt, typeof(ExampleColumns.Cursor).GetMethod(nameof(ExampleColumns.Cursor.Getter))!);
        il.Emit(OpCodes.Castclass, getter);
        il.Emit(OpCodes.Ret);
        type.DefineMethodOverride(method, getGetter);

        return type.CreateType().GetConstructors().Single();
    }

    // An ExampleRowsView that is also transposable: its features column by ExampleColumns.
    private static ConstructorInfo DefineView(ModuleBuilder module, Type transposable, ConstructorInfo cursor)
    {
        var type = module.DefineType("ColumnwiseExamplesView", TypeAttributes.Public | TypeAttributes.Sealed, typeof(ExampleRowsView), [transposable]);
        var columns = type.DefineField("_columns", typeof(ExampleColumns), FieldAttributes.Private | FieldAttributes.InitOnly);

        var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(float[]), typeof(bool[]), typeof(ExampleColumns)]);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Call, typeof(ExampleRowsView).GetConstructor([typeof(float[]), typeof(bool[])])!);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_3);
        il.Emit(OpCodes.Stfld, columns);
        il.Emit(OpCodes.Ret);

        // VectorDataViewType GetSlotType(int col)
        var getSlotType = transposable.GetMethod("GetSlotType")!;
        var method = type.DefineMethod("GetSlotType", MethodAttributes.Private | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot, getSlotType.ReturnType, [typeof(int)]);
        il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, columns);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Callvirt, typeof(ExampleColumns).GetMethod(nameof(ExampleColumns.SlotTypeOf))!);
        il.Emit(OpCodes.Ret);
        type.DefineMethodOverride(method, getSlotType);

        // SlotCursor GetSlotCursor(int col)
        var getSlotCursor = transposable.GetMethod("GetSlotCursor")!;
        method = type.DefineMethod("GetSlotCursor", MethodAttributes.Private | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.HideBySig | MethodAttributes.NewSlot, getSlotCursor.ReturnType, [typeof(int)]);
        il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, columns);
        il.Emit(OpCodes.Callvirt, typeof(ExampleColumns).GetProperty(nameof(ExampleColumns.Provider))!.GetMethod!);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, columns);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Callvirt, typeof(ExampleColumns).GetMethod(nameof(ExampleColumns.OpenCursor))!);
        il.Emit(OpCodes.Newobj, cursor);
        il.Emit(OpCodes.Ret);
        type.DefineMethodOverride(method, getSlotCursor);

        return type.CreateType().GetConstructors().Single();
    }

    // Overrides the abstract parameterless member of rootCursor named name with a call to target on the source field.
    private static void Forward(TypeBuilder type, FieldInfo source, Type rootCursor, string name, MethodInfo target)
    {
        var overridden = rootCursor.GetMethod(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!;
        var access = overridden.Attributes & MethodAttributes.MemberAccessMask;
        var method = type.DefineMethod(name, access | MethodAttributes.Virtual | MethodAttributes.HideBySig, overridden.ReturnType, Type.EmptyTypes);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, source);
        il.Emit(OpCodes.Callvirt, target);
        il.Emit(OpCodes.Ret);
        type.DefineMethodOverride(method, overridden);
    }
}
