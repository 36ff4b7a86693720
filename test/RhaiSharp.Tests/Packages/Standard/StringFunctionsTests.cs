using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Values;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
public class StringFunctionsTests
{
    private const string Hearts = "\u2764\u2764\u2764 hello! \u2764\u2764\u2764";

    private static object? Call(string name, params object?[] args) => new LibraryHarness().Call(name, args);

    /// <summary>Calls a mutating method and returns (result, new value of the first argument).</summary>
    private static (object? Result, object? This) Mutate(string name, params object?[] args)
    {
        var result = new LibraryHarness().Call(name, args);
        return (result, args[0]);
    }

    private static List<object?> Array(params object?[] items) => LibraryHarness.Array(items);

    // ---- BasicString ----

    [Test]
    public void ToString_OfInt_IsDecimal() => Call("to_string", 42L).Should().Be("42");

    [Test]
    public void ToString_OfUnit_IsEmpty() => Call("to_string", (object?)null).Should().Be("");

    [Test]
    public void ToString_OfString_IsUnquoted() => Call("to_string", "hi").Should().Be("hi");

    [Test]
    public void ToDebug_OfString_IsQuoted() => Call("to_debug", "hi").Should().Be("\"hi\"");

    [Test]
    public void Print_ReturnsDisplayForm() => Call("print", 'x').Should().Be("x");

    [Test]
    public void Debug_ReturnsDebugForm() => Call("debug", (object?)null).Should().Be("()");

    [Test]
    public void ToDebug_OfChar_IsBareCharacter() => Call("to_debug", 'x').Should().Be("x");

    [Test]
    public void ToDebug_OfArray_QuotesItems() => Call("to_debug", Array("a", 1L)).Should().Be("[\"a\", 1]");

    [Test]
    public void Print_WithoutArguments_IsEmpty() => Call("print").Should().Be("");

    [Test]
    public void ToHex_OfPositive() => Call("to_hex", 255L).Should().Be("ff");

    [Test]
    public void ToHex_OfNegative_IsTwosComplement() => Call("to_hex", -1L).Should().Be("ffffffffffffffff");

    [Test]
    public void ToOctal_OfPositive() => Call("to_octal", 8L).Should().Be("10");

    [Test]
    public void ToBinary_OfPositive() => Call("to_binary", 5L).Should().Be("101");

    [Test]
    public void ToInt_OfChar_IsCodePoint() => Call("to_int", 'A').Should().Be(65L);

    // ---- Operators ----

    [Test]
    public void Plus_StringAndString_Concatenates() => Call("+", "foo", "bar").Should().Be("foobar");

    [Test]
    public void Plus_StringAndInt_AppendsDisplay() => Call("+", "foo", 123L).Should().Be("foo123");

    [Test]
    public void Plus_StringAndFloat_AppendsDisplay() => Call("+", "foo", 123.4556).Should().Be("foo123.4556");

    [Test]
    public void Plus_IntAndString_PrependsDisplay() => Call("+", 123L, "foo").Should().Be("123foo");

    [Test]
    public void Plus_StringAndUnit_IsUnchanged() => Call("+", "foo", null).Should().Be("foo");

    [Test]
    public void Plus_UnitAndString_IsUnchanged() => Call("+", null, "foo").Should().Be("foo");

    [Test]
    public void Plus_StringAndChar_Appends() => Call("+", "ab", 'c').Should().Be("abc");

    [Test]
    public void Plus_CharAndString_Prepends() => Call("+", 'a', "bc").Should().Be("abc");

    [Test]
    public void Plus_CharAndChar_IsString() => Call("+", 'a', 'b').Should().Be("ab");

    [Test]
    public void Plus_StringAndArray_AppendsDebugOfItems() =>
        Call("+", "x", Array(1L, "a")).Should().Be("x[1, \"a\"]");

    [Test]
    public void Plus_StringAndBlob_AppendsUtf8Text() =>
        Call("+", "x", new List<byte> { 0x68, 0x69 }).Should().Be("xhi");

    [Test]
    public void Plus_OverMaxStringSize_Throws()
    {
        var harness = new LibraryHarness { MaxStringSize = 5 };
        var act = () => harness.Call("+", "abc", "def");
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void PlusAssign_String_MutatesVariable() => Mutate("+=", "ab", "cd").This.Should().Be("abcd");

    [Test]
    public void PlusAssign_Int_AppendsDisplay() => Mutate("+=", "ab", 1L).This.Should().Be("ab1");

    [Test]
    public void PlusAssign_Unit_LeavesString() => Mutate("+=", "ab", null).This.Should().Be("ab");

    [Test]
    public void PlusAssign_CharAndChar_MakesString() => Mutate("+=", 'a', 'b').This.Should().Be("ab");

    [Test]
    public void Append_Char_MutatesVariable() => Mutate("append", "ab", 'c').This.Should().Be("abc");

    [Test]
    public void Append_OverMaxStringSize_Throws()
    {
        var harness = new LibraryHarness { MaxStringSize = 3 };
        var act = () => harness.Call("append", "abc", 'd');
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Minus_Char_RemovesAllOccurrences() => Call("-", Hearts, 'l').Should().Be("\u2764\u2764\u2764 heo! \u2764\u2764\u2764");

    [Test]
    public void Minus_String_RemovesAllOccurrences() => Call("-", Hearts, "\u2764\u2764").Should().Be("\u2764 hello! \u2764");

    [Test]
    public void MinusAssign_Char_MutatesVariable() => Mutate("-=", "hello", 'l').This.Should().Be("heo");

    [Test]
    public void Remove_String_MutatesVariable() =>
        Mutate("remove", "hello, world! hello, foobar!", "hello").This.Should().Be(", world! , foobar!");

    [Test]
    public void Remove_EmptyString_LeavesString() => Mutate("remove", "abc", "").This.Should().Be("abc");

    // ---- Queries ----

    [Test]
    public void Len_CountsCharacters() => Call("len", Hearts).Should().Be(14L);

    [Test]
    public void LenGetter_CountsCharacters() => Call("get$len", "hello").Should().Be(5L);

    [Test]
    public void Bytes_CountsUtf8Bytes() => Call("bytes", "\u2764a").Should().Be(4L);

    [Test]
    public void BytesGetter_CountsUtf8Bytes() => Call("get$bytes", "ab").Should().Be(2L);

    [Test]
    public void IsEmpty_OfEmpty_IsTrue() => Call("is_empty", "").Should().Be(true);

    [Test]
    public void IsEmptyGetter_OfText_IsFalse() => Call("get$is_empty", "a").Should().Be(false);

    [Test]
    public void Contains_Char() => Call("contains", "hello, world!", 'w').Should().Be(true);

    [Test]
    public void Contains_String_Missing() => Call("contains", "hello", "hey").Should().Be(false);

    [Test]
    public void StartsWith_Prefix() => Call("starts_with", "hello", "he").Should().Be(true);

    [Test]
    public void EndsWith_NotSuffix() => Call("ends_with", "hello", "he").Should().Be(false);

    [Test]
    public void IndexOf_Char_First() => Call("index_of", "hello, world!", 'l').Should().Be(2L);

    [Test]
    public void IndexOf_Char_Missing_IsMinusOne() => Call("index_of", Hearts, 'x').Should().Be(-1L);

    [Test]
    public void IndexOf_CharFromStart() => Call("index_of", Hearts, '\u2764', 5L).Should().Be(11L);

    [Test]
    public void IndexOf_CharFromNegativeStart_CountsFromEnd() => Call("index_of", Hearts, '\u2764', -6L).Should().Be(11L);

    [Test]
    public void IndexOf_NegativeStartBeyondLength_SearchesWholeString() => Call("index_of", "hello", 'h', -99L).Should().Be(0L);

    [Test]
    public void IndexOf_StartPastEnd_IsMinusOne() => Call("index_of", "hello", 'o', 5L).Should().Be(-1L);

    [Test]
    public void IndexOf_StringFromStart() => Call("index_of", "hello, world! hello, foobar!", "ll", 5L).Should().Be(16L);

    [Test]
    public void IndexOf_StringFromNegativeStart() => Call("index_of", "hello, world! hello, foobar!", "ll", -15L).Should().Be(16L);

    [Test]
    public void IndexOf_InEmptyString_IsMinusOne() => Call("index_of", "", "").Should().Be(-1L);

    [Test]
    public void Get_Index_ReturnsChar() => Call("get", "hello", 1L).Should().Be('e');

    [Test]
    public void Get_NegativeIndex_CountsFromEnd() => Call("get", "hello", -1L).Should().Be('o');

    [Test]
    public void Get_OutOfRange_IsUnit() => Call("get", "hello", 99L).Should().BeNull();

    [Test]
    public void Get_NegativeOutOfRange_IsUnit() => Call("get", "hello", -6L).Should().BeNull();

    [Test]
    public void ToUpper_String() => Call("to_upper", "hello, world!").Should().Be("HELLO, WORLD!");

    [Test]
    public void ToLower_String() => Call("to_lower", "HeLLo").Should().Be("hello");

    [Test]
    public void ToUpper_Char() => Call("to_upper", 'a').Should().Be('A');

    [Test]
    public void ToLower_Char() => Call("to_lower", 'A').Should().Be('a');

    [Test]
    public void Min_Strings_IsOrdinalSmaller() => Call("min", "b", "a").Should().Be("a");

    [Test]
    public void Max_Strings_IsOrdinalLarger() => Call("max", "B", "a").Should().Be("a");

    [Test]
    public void Min_Chars() => Call("min", 'z', 'c').Should().Be('c');

    [Test]
    public void Max_Chars() => Call("max", 'z', 'c').Should().Be('z');

    [Test]
    public void ToChars_ListsCharacters() => Call("to_chars", "ab").Should().BeEquivalentTo(Array('a', 'b'));

    [Test]
    public void ToChars_OfEmpty_IsEmpty() => ((List<object?>)Call("to_chars", "")!).Should().BeEmpty();

    [Test]
    public void ToBlob_IsUtf8() => Call("to_blob", "a\u2764").Should().BeEquivalentTo(new List<byte> { 0x61, 0xE2, 0x9D, 0xA4 });

    // ---- Mutators ----

    [Test]
    public void Clear_EmptiesVariable() => Mutate("clear", "hello").This.Should().Be("");

    [Test]
    public void Trim_RemovesWhitespaceBothEnds() => Mutate("trim", "   hello  \t").This.Should().Be("hello");

    [Test]
    public void Truncate_CutsToLength() => Mutate("truncate", "hello, world!", 5L).This.Should().Be("hello");

    [Test]
    public void Truncate_LongerThanString_LeavesString() => Mutate("truncate", "hello", 10L).This.Should().Be("hello");

    [Test]
    public void Truncate_NonPositive_Clears() => Mutate("truncate", "hello", -1L).This.Should().Be("");

    [Test]
    public void Pop_ReturnsLastCharAndShortens()
    {
        var (result, value) = Mutate("pop", "hello");
        result.Should().Be('o');
        value.Should().Be("hell");
    }

    [Test]
    public void Pop_OfEmpty_IsUnit() => Mutate("pop", "").Result.Should().BeNull();

    [Test]
    public void PopN_ReturnsTailAndShortens()
    {
        var (result, value) = Mutate("pop", "hello, world!", 4L);
        result.Should().Be("rld!");
        value.Should().Be("hello, wo");
    }

    [Test]
    public void PopN_MoreThanLength_TakesAll()
    {
        var (result, value) = Mutate("pop", "abc", 10L);
        result.Should().Be("abc");
        value.Should().Be("");
    }

    [Test]
    public void PopN_NonPositive_ReturnsEmptyAndKeepsString()
    {
        var (result, value) = Mutate("pop", "abc", 0L);
        result.Should().Be("");
        value.Should().Be("abc");
    }

    [Test]
    public void MakeUpper_String() => Mutate("make_upper", "abc").This.Should().Be("ABC");

    [Test]
    public void MakeLower_String() => Mutate("make_lower", "ABC").This.Should().Be("abc");

    [Test]
    public void MakeUpper_Char() => Mutate("make_upper", 'q').This.Should().Be('Q');

    [Test]
    public void MakeLower_Char() => Mutate("make_lower", 'Q').This.Should().Be('q');

    [Test]
    public void Set_ReplacesCharacter() => Mutate("set", "hello, world!", 3L, 'x').This.Should().Be("helxo, world!");

    [Test]
    public void Set_NegativeIndex_CountsFromEnd() => Mutate("set", "hello, world!", -3L, 'x').This.Should().Be("hello, worxd!");

    [Test]
    public void Set_OutOfRange_LeavesString() => Mutate("set", "hello", 99L, 'x').This.Should().Be("hello");

    [Test]
    public void Set_NegativeOutOfRange_LeavesString() => Mutate("set", "hello", -6L, 'x').This.Should().Be("hello");

    [Test]
    public void Replace_StringWithString() =>
        Mutate("replace", "hello, world! hello, foobar!", "hello", "hey").This.Should().Be("hey, world! hey, foobar!");

    [Test]
    public void Replace_StringWithChar() => Mutate("replace", "hello", "ll", '*').This.Should().Be("he*o");

    [Test]
    public void Replace_CharWithString() => Mutate("replace", "hello", 'l', "(^)").This.Should().Be("he(^)(^)o");

    [Test]
    public void Replace_CharWithChar() => Mutate("replace", "hello", 'l', '*').This.Should().Be("he**o");

    [Test]
    public void Replace_EmptyPattern_InsertsAroundEveryCharacter() => Mutate("replace", "ab", "", "-").This.Should().Be("-a-b-");

    [Test]
    public void Replace_InEmptyString_LeavesString() => Mutate("replace", "", "", "x").This.Should().Be("");

    [Test]
    public void Replace_GrowingPastMaxStringSize_Throws()
    {
        var harness = new LibraryHarness { MaxStringSize = 5 };
        var act = () => harness.Call("replace", "aaa", "a", "bb");
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Pad_WithChar() => Mutate("pad", "hello", 8L, '!').This.Should().Be("hello!!!");

    [Test]
    public void Pad_ShorterThanString_LeavesString() => Mutate("pad", "hello", 3L, '!').This.Should().Be("hello");

    [Test]
    public void Pad_WithString_CutsLastCopy() => Mutate("pad", "hello", 10L, "(!)").This.Should().Be("hello(!)(!");

    [Test]
    public void Pad_WithEmptyString_LeavesString() => Mutate("pad", "hello", 10L, "").This.Should().Be("hello");

    [Test]
    public void Pad_OverMaxStringSize_Throws()
    {
        var harness = new LibraryHarness { MaxStringSize = 10 };
        var act = () => harness.Call("pad", "hello", 100L, '!');
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    // ---- sub_string / crop ----

    [Test]
    public void SubString_StartAndLength() => Call("sub_string", "hello", 1L, 3L).Should().Be("ell");

    [Test]
    public void SubString_NegativeStart_CountsFromEnd() => Call("sub_string", "hello! \u2764\u2764\u2764", -2L, 2L).Should().Be("\u2764\u2764");

    [Test]
    public void SubString_NegativeStartBeyondLength_StartsAtZero() => Call("sub_string", "hello", -99L, 2L).Should().Be("he");

    [Test]
    public void SubString_LengthBeyondEnd_IsClamped() => Call("sub_string", Hearts, 1L, 999L).Should().Be("\u2764\u2764 hello! \u2764\u2764\u2764");

    [Test]
    public void SubString_NegativeLength_IsEmpty() => Call("sub_string", Hearts, 1L, -1L).Should().Be("");

    [Test]
    public void SubString_StartPastEnd_IsEmpty() => Call("sub_string", Hearts, 99L).Should().Be("");

    [Test]
    public void SubString_FromStart_TakesRest() => Call("sub_string", "hello, world!", 5L).Should().Be(", world!");

    [Test]
    public void SubString_FromNegativeStart_TakesTail() => Call("sub_string", "hello, world!", -5L).Should().Be("orld!");

    [Test]
    public void SubString_ExclusiveRange() => Call("sub_string", "hello, world!", new ScriptRange(3, 7, false)).Should().Be("lo, ");

    [Test]
    public void SubString_InclusiveRange() => Call("sub_string", "hello, world!", new ScriptRange(3, 7, true)).Should().Be("lo, w");

    [Test]
    public void SubString_InclusiveRangeBackwards_TakesOneCharacter() =>
        Call("sub_string", "hello", new ScriptRange(3, 1, true)).Should().Be("l");

    [Test]
    public void SubString_RangeNegativeStart_ClampsToZero() => Call("sub_string", "hello", new ScriptRange(-2, 2, false)).Should().Be("he");

    [Test]
    public void Crop_StartAndLength() => Mutate("crop", Hearts, 4L, 6L).This.Should().Be("hello!");

    [Test]
    public void Crop_NegativeLength_Clears() => Mutate("crop", Hearts, 1L, -1L).This.Should().Be("");

    [Test]
    public void Crop_FromStart() => Mutate("crop", "hello, world!", 5L).This.Should().Be(", world!");

    [Test]
    public void Crop_FromNegativeStart() => Mutate("crop", "hello, world!", -3L).This.Should().Be("ld!");

    [Test]
    public void Crop_ExclusiveRange() => Mutate("crop", "hello, world!", new ScriptRange(2, 8, false)).This.Should().Be("llo, w");

    [Test]
    public void Crop_InclusiveRange() => Mutate("crop", "hello, world!", new ScriptRange(2, 8, true)).This.Should().Be("llo, wo");

    // ---- split ----

    [Test]
    public void Split_ByChar() => Call("split", "hello, world! hello, foo!", 'l')
        .Should().BeEquivalentTo(Array("he", "", "o, wor", "d! he", "", "o, foo!"), o => o.WithStrictOrdering());

    [Test]
    public void Split_ByString() => Call("split", "hello, world! hello, foo!", "ll")
        .Should().BeEquivalentTo(Array("he", "o, world! he", "o, foo!"), o => o.WithStrictOrdering());

    [Test]
    public void Split_ByStringWithLimit() => Call("split", "hello, world! hello, foo!", "ll", 2L)
        .Should().BeEquivalentTo(Array("he", "o, world! hello, foo!"), o => o.WithStrictOrdering());

    [Test]
    public void Split_ByCharWithLimit() => Call("split", "hello, world! hello, foo!", 'l', 3L)
        .Should().BeEquivalentTo(Array("he", "", "o, world! hello, foo!"), o => o.WithStrictOrdering());

    [Test]
    public void Split_WithLimitBelowOne_ReturnsWholeString() => Call("split", "a,b", ",", 0L)
        .Should().BeEquivalentTo(Array("a,b"));

    [Test]
    public void Split_EmptyString_GivesOneEmptyPiece() => Call("split", "", ",").Should().BeEquivalentTo(Array(""));

    [Test]
    public void Split_EmptySeparator_SplitsEveryCharacterWithEmptyEnds() => Call("split", "abc", "")
        .Should().BeEquivalentTo(Array("", "a", "b", "c", ""), o => o.WithStrictOrdering());

    [Test]
    public void Split_EmptySeparatorWithLimit_KeepsRest() => Call("split", "abc", "", 3L)
        .Should().BeEquivalentTo(Array("", "a", "bc"), o => o.WithStrictOrdering());

    [Test]
    public void Split_Whitespace_DropsEmptyPieces() => Call("split", "  hello, world!\t hello,  foo! ")
        .Should().BeEquivalentTo(Array("hello,", "world!", "hello,", "foo!"), o => o.WithStrictOrdering());

    [Test]
    public void Split_AtIndex() => Call("split", "hello, world!", 6L)
        .Should().BeEquivalentTo(Array("hello,", " world!"), o => o.WithStrictOrdering());

    [Test]
    public void Split_AtIndexPastEnd() => Call("split", "hello, world!", 13L)
        .Should().BeEquivalentTo(Array("hello, world!", ""), o => o.WithStrictOrdering());

    [Test]
    public void Split_AtNegativeIndex() => Call("split", "hello, world!", -6L)
        .Should().BeEquivalentTo(Array("hello, ", "world!"), o => o.WithStrictOrdering());

    [Test]
    public void Split_AtNegativeIndexBeyondLength() => Call("split", "hello, world!", -99L)
        .Should().BeEquivalentTo(Array("", "hello, world!"), o => o.WithStrictOrdering());

    [Test]
    public void Split_AtZero_LikeRhai_CutsAtEnd() => Call("split", "abc", 0L)
        .Should().BeEquivalentTo(Array("abc", ""), o => o.WithStrictOrdering());

    [Test]
    public void SplitRev_ByString() => Call("split_rev", "hello, world! hello, foo!", "ll")
        .Should().BeEquivalentTo(Array("o, foo!", "o, world! he", "he"), o => o.WithStrictOrdering());

    [Test]
    public void SplitRev_ByStringWithLimit() => Call("split_rev", "hello, world! hello, foo!", "ll", 2L)
        .Should().BeEquivalentTo(Array("o, foo!", "hello, world! he"), o => o.WithStrictOrdering());

    [Test]
    public void SplitRev_ByChar() => Call("split_rev", "hello, world! hello, foo!", 'l')
        .Should().BeEquivalentTo(Array("o, foo!", "", "d! he", "o, wor", "", "he"), o => o.WithStrictOrdering());

    [Test]
    public void SplitRev_ByCharWithLimit() => Call("split_rev", "hello, world! hello, foo!", 'l', 3L)
        .Should().BeEquivalentTo(Array("o, foo!", "", "hello, world! he"), o => o.WithStrictOrdering());

    [Test]
    public void SplitRev_OverlappingPattern_MatchesFromEnd() => Call("split_rev", "aaa", "aa")
        .Should().BeEquivalentTo(Array("", "a"), o => o.WithStrictOrdering());

    [Test]
    public void Split_OverlappingPattern_MatchesFromStart() => Call("split", "aaa", "aa")
        .Should().BeEquivalentTo(Array("", "a"), o => o.WithStrictOrdering());

    [Test]
    public void SplitRev_EmptySeparator_ReversesCharacters() => Call("split_rev", "abc", "")
        .Should().BeEquivalentTo(Array("", "c", "b", "a", ""), o => o.WithStrictOrdering());

    // ---- extreme indices never overflow ----

    [Test]
    public void SubString_MinIntStart_StartsAtZero() => Call("sub_string", "abc", long.MinValue, 2L).Should().Be("ab");

    [Test]
    public void Get_MinIntIndex_IsUnit() => Call("get", "abc", long.MinValue).Should().BeNull();

    [Test]
    public void IndexOf_MinIntStart_SearchesWholeString() => Call("index_of", "abc", "c", long.MinValue).Should().Be(2L);

    [Test]
    public void Split_AtMaxInt_CutsAtEnd() => Call("split", "abc", long.MaxValue)
        .Should().BeEquivalentTo(Array("abc", ""), o => o.WithStrictOrdering());

    [Test]
    public void SubString_InclusiveRangeToMaxInt_TakesRest() =>
        Call("sub_string", "abc", new ScriptRange(1, long.MaxValue, true)).Should().Be("bc");

    // ---- purity ----

    [Test]
    public void SplitFunctions_ArePure() =>
        new[] { ("split", new object?[] { "a,b", "," }), ("split", new object?[] { "a,b", 1L }), ("split_rev", new object?[] { "a,b", ',' }) }
            .Should().OnlyContain(x => IsPure(x.Item1, x.Item2));

    [Test]
    public void MutatingMethods_AreNotPure() =>
        new[] { ("pop", new object?[] { "a" }), ("trim", new object?[] { "a" }), ("crop", new object?[] { "a", 1L }), ("+=", new object?[] { "a", "b" }) }
            .Should().OnlyContain(x => !IsPure(x.Item1, x.Item2));

    private static bool IsPure(string name, object?[] args) =>
        RhaiSharp.Packages.Standard.StandardPackage.Instance.AsSharedModule().Resolve(name, args)!.IsPure;
}
