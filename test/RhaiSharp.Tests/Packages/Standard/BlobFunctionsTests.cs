using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Values;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
internal sealed class BlobFunctionsTests
{
    private LibraryHarness _h = null!;

    [SetUp]
    public void SetUp() => _h = new LibraryHarness();

    private static List<byte> Bytes(params byte[] items) => [.. items];

    /// <summary>blob(16) holding 0, 1, …, 15 (the fixture of Rhai's tests/blobs.rs).</summary>
    private static List<byte> Counting() => [.. Enumerable.Range(0, 16).Select(i => (byte)i)];

    [Test]
    public void Blob_constructors()
    {
        _h.Call("blob").Should().BeEquivalentTo(Bytes());
        _h.Call("blob", 3L).Should().BeEquivalentTo(Bytes(0, 0, 0));
        _h.Call("blob", 2L, 0x142L).Should().BeEquivalentTo(Bytes(0x42, 0x42));
        _h.Call("blob", -1L, 7L).Should().BeEquivalentTo(Bytes());
    }

    [Test]
    public void Blob_beyond_max_array_size_fails()
    {
        var h = new LibraryHarness { MaxArraySize = 10 };
        var act = () => h.Call("blob", 11L);
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void To_array_gives_ints()
    {
        _h.Call("to_array", Bytes(1, 255)).Should().BeEquivalentTo(new List<object?> { 1L, 255L }, o => o.WithStrictOrdering());
    }

    [Test]
    public void As_string_decodes_utf8_lossily()
    {
        _h.Call("as_string", Bytes(0x68, 0x69)).Should().Be("hi");
        _h.Call("as_string", Bytes(0x61, 0xFF)).Should().Be("a\uFFFD");
    }

    [Test]
    public void Len_is_empty_and_getters()
    {
        _h.Call("len", Bytes(1, 2)).Should().Be(2L);
        _h.Call("get$len", Bytes()).Should().Be(0L);
        _h.Call("is_empty", Bytes()).Should().Be(true);
        _h.Call("get$is_empty", Bytes(1)).Should().Be(false);
    }

    [Test]
    public void Contains_masks_the_value_to_a_byte()
    {
        _h.Call("contains", Bytes(1, 2), 0x102L).Should().Be(true);
        _h.Call("contains", Bytes(1, 2), 3L).Should().Be(false);
    }

    [TestCase(0L, 1L)]
    [TestCase(-1L, 3L)]
    [TestCase(3L, 0L)]
    [TestCase(-99L, 1L)]
    public void Get_reads_an_int_or_zero(long index, long expected) =>
        _h.Call("get", Bytes(1, 2, 3), index).Should().Be(expected);

    [Test]
    public void Set_masks_and_ignores_out_of_range()
    {
        var b = Bytes(1, 2, 3);
        _h.Call("set", b, -1L, 0x1FFL);
        _h.Call("set", b, 3L, 9L);
        b.Should().Equal(1, 2, 0xFF);
    }

    [Test]
    public void Push_and_plus_assign_add_a_masked_byte()
    {
        var b = Bytes();
        _h.Call("push", b, 0x101L);
        _h.Call("+=", b, -1L);
        b.Should().Equal(1, 0xFF);
    }

    [Test]
    public void Append_blob_string_and_char()
    {
        var b = Bytes(1);
        _h.Call("append", b, Bytes(2));
        _h.Call("append", b, "é");
        _h.Call("+=", b, '!');
        b.Should().Equal(1, 2, 0xC3, 0xA9, 0x21);
    }

    [Test]
    public void Append_beyond_max_array_size_fails()
    {
        var h = new LibraryHarness { MaxArraySize = 2 };
        var act = () => h.Call("append", Bytes(1), "ab");
        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.DataTooLarge);
    }

    [Test]
    public void Plus_concatenates_into_a_new_blob()
    {
        var a = Bytes(1);
        _h.Call("+", a, Bytes(2)).Should().BeEquivalentTo(Bytes(1, 2), o => o.WithStrictOrdering());
        a.Should().Equal(1);
    }

    [Test]
    public void Insert_clamps_like_arrays()
    {
        var b = Bytes(0x42, 0x42, 0x42);
        _h.Call("insert", b, 2L, 0x18L);
        _h.Call("insert", b, -99L, 1L);
        _h.Call("insert", b, 99L, 2L);
        b.Should().Equal(1, 0x42, 0x42, 0x18, 0x42, 2);
    }

    [Test]
    public void Pad_fills_with_a_byte()
    {
        var b = Bytes(0x42);
        _h.Call("pad", b, 3L, 0x18L);
        _h.Call("pad", b, 2L, 0xABL);
        b.Should().Equal(0x42, 0x18, 0x18);
    }

    [Test]
    public void Pop_shift_remove_return_zero_when_nothing_is_there()
    {
        _h.Call("pop", Bytes()).Should().Be(0L);
        _h.Call("shift", Bytes()).Should().Be(0L);
        _h.Call("remove", Bytes(1), 1L).Should().Be(0L);
        _h.Call("remove", Bytes(1), -2L).Should().Be(0L);
    }

    [Test]
    public void Pop_shift_remove_take_bytes()
    {
        var b = Bytes(1, 2, 3, 4, 5);
        _h.Call("pop", b).Should().Be(5L);
        _h.Call("shift", b).Should().Be(1L);
        _h.Call("remove", b, -2L).Should().Be(3L);
        b.Should().Equal(2, 4);
    }

    [Test]
    public void Truncate_chop_reverse_clear()
    {
        var b = Bytes(1, 2, 3, 4, 5);
        _h.Call("truncate", b, 4L);
        _h.Call("chop", b, 3L);
        _h.Call("reverse", b);
        b.Should().Equal(4, 3, 2);
        _h.Call("clear", b);
        b.Should().BeEmpty();
    }

    [Test]
    public void Splice_extract_split_drain_retain()
    {
        var b = Bytes(1, 2, 3, 4, 5);
        _h.Call("splice", b, new ScriptRange(1, 3, false), Bytes(9));
        b.Should().Equal(1, 9, 4, 5);
        _h.Call("extract", b, 1L, 2L).Should().BeEquivalentTo(Bytes(9, 4), o => o.WithStrictOrdering());
        _h.Call("extract", b, -1L).Should().BeEquivalentTo(Bytes(5));
        _h.Call("split", b, 3L).Should().BeEquivalentTo(Bytes(5));
        _h.Call("drain", b, 0L, 1L).Should().BeEquivalentTo(Bytes(1));
        _h.Call("retain", b, new ScriptRange(0, 0, true)).Should().BeEquivalentTo(Bytes(4));
        b.Should().Equal(9);
    }

    [Test]
    public void Equality_operators()
    {
        _h.Call("==", Bytes(1, 2), Bytes(1, 2)).Should().Be(true);
        _h.Call("!=", Bytes(1, 2), Bytes(1)).Should().Be(true);
    }

    // Rhai tests/blobs.rs test_blobs_parse
    [TestCase(2L, 0L, 0L)]
    [TestCase(-5L, 99L, 64660245515L)]
    [TestCase(-5L, 2L, 3083L)]
    [TestCase(-99L, 99L, 506097522914230528L)]
    [TestCase(16L, 4L, 0L)]
    public void Parse_le_int(long start, long len, long expected) =>
        _h.Call("parse_le_int", Counting(), start, len).Should().Be(expected);

    [Test]
    public void Parse_int_with_ranges_and_big_endian()
    {
        _h.Call("parse_le_int", Counting(), new ScriptRange(2, 11, true)).Should().Be(650777868590383874L);
        _h.Call("parse_le_int", Counting(), new ScriptRange(2, 11, false)).Should().Be(650777868590383874L);
        _h.Call("parse_be_int", Counting(), 2L, 10L).Should().Be(144964032628459529L);
        _h.Call("parse_be_int", Counting(), new ScriptRange(2, 12, false)).Should().Be(144964032628459529L);
    }

    [Test]
    public void Parse_be_int_of_a_short_portion_fills_the_high_bytes()
    {
        _h.Call("parse_be_int", Bytes(1, 2), 0L, 2L).Should().Be(0x0102000000000000L);
    }

    [Test]
    public void Write_le_then_parse_round_trips_the_low_bytes()
    {
        var b = Counting();
        _h.Call("write_le", b, 3L, 3L, -98765432L);
        _h.Call("parse_le_int", b, 3L, 3L).Should().Be(1897864L);
        b[6].Should().Be(6);
    }

    [Test]
    public void Write_be_writes_the_leading_bytes_of_the_big_endian_form()
    {
        var b = Bytes(9, 9, 9);
        _h.Call("write_be", b, 0L, 2L, 0x0102030405060708L);
        b.Should().Equal(1, 2, 9);
    }

    [Test]
    public void Write_and_parse_floats()
    {
        var b = _h.Call("blob", 8L)!;
        _h.Call("write_le", b, 0L, 8L, 1.5);
        _h.Call("parse_le_float", b, 0L, 8L).Should().Be(1.5);
        _h.Call("write_be", b, new ScriptRange(0, 8, false), -2.25);
        _h.Call("parse_be_float", b, new ScriptRange(0, 7, true)).Should().Be(-2.25);
    }

    [Test]
    public void Write_ascii_and_utf8()
    {
        // Rhai tests/blobs.rs test_blobs_write_string
        var b = _h.Call("blob", 16L, 0L)!;
        _h.Call("write_ascii", b, 0L, 14L, "hello, world!");
        ((List<byte>)b).Should().Equal(104, 101, 108, 108, 111, 44, 32, 119, 111, 114, 108, 100, 33, 0, 0, 0);
        var c = _h.Call("blob", 10L, 0L)!;
        _h.Call("write_ascii", c, new ScriptRange(3, 8, false), "hello, world!");
        ((List<byte>)c).Should().Equal(0, 0, 0, 104, 101, 108, 108, 111, 0, 0);
        var d = _h.Call("blob", 10L, 0L)!;
        _h.Call("write_utf8", d, new ScriptRange(3, 7, false), "❤❤❤❤");
        ((List<byte>)d).Should().Equal(0, 0, 0, 226, 157, 164, 226, 0, 0, 0);
    }

    [Test]
    public void Write_ascii_skips_non_ascii_characters()
    {
        var b = Bytes(0, 0, 0, 0);
        _h.Call("write_ascii", b, 0L, 4L, "a❤b");
        b.Should().Equal(0x61, 0x62, 0, 0);
    }

    [Test]
    public void For_loop_yields_bytes_as_ints()
    {
        var iterate = RhaiSharp.Packages.Standard.StandardPackage.Instance.AsSharedModule().Iterators[typeof(List<byte>)];
        iterate(Bytes(1, 255)).Should().Equal(1L, 255L);
    }

    [Test]
    public void Splice_of_an_empty_portion_appends_at_the_end()
    {
        var b = Bytes(1, 2, 3);
        _h.Call("splice", b, 1L, 0L, Bytes(9));
        b.Should().Equal(1, 2, 3, 9);
    }

    [Test]
    public void Splice_replaces_a_portion()
    {
        var b = Bytes(1, 2, 3, 4, 5);
        _h.Call("splice", b, -5L, 2L, Bytes(8, 8, 8));
        b.Should().Equal(8, 8, 8, 3, 4, 5);
    }

    [Test]
    public void Retain_with_start_past_the_end_removes_everything()
    {
        var b = Bytes(1, 2);
        _h.Call("retain", b, 5L, 1L).Should().BeEquivalentTo(Bytes(1, 2), o => o.WithStrictOrdering());
        b.Should().BeEmpty();
    }

    [Test]
    public void Retain_with_non_positive_length_changes_nothing()
    {
        var b = Bytes(1, 2);
        _h.Call("retain", b, 0L, 0L).Should().BeEquivalentTo(Bytes());
        b.Should().Equal(1, 2);
    }
}
