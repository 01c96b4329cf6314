<?php
/* Test fixture for the scanner. A block comment with function fake_block($a, $b) { and a stray ) */
# A hash comment with function fake_hash( { ,
class trap_box extends base_box {
	const LIMITS = array(1, 2);
	public $labels = array('open' => '(', 'close' => ')', 'brace' => '{', 'word' => 'function');
	var $legacy;

	public function nested_defaults($session_id, $params = array(), $deep = array(array()), $flag = false) {
		return 1;
	}

	public function multi_line(
		$session_id,            // trailing comment with ( and , and {
		&$target,
		array $list = array( 'a',  'b' ),
		$text = 'x, (y) {z}',
		?int $count = null,
		$escaped = "say \"hi\", (ok)",
		$empty = '' /* } */
	) {
		$s = "a \"quoted\" } brace and function word";
		$t = 'single \' } quote';
		/* } in a block comment */
		// } and function in a line comment
		# } hash comment
		$u = "interpolated {$s} }";
		$h = <<<TXT
  } function heredoc_fake() {
  TXT;
		return $s . $t . $u . $h;
	}

	protected function guarded($a = '') {
	}

	private static function hidden() {
		return 0;
	}

	function bare($x = "default, with comma") {
		$f = function ($y) { return $y; };
		return $f($x);
	}

	public static function &by_ref_return(& $a, ...$rest) {
		return $a;
	}

	public function one_liner() { return '}'; } public function same_line_next($q) { return $q; }
}
?>
<p>Inline text with function html_fake() { and a { brace</p>
<?php
final class second_box {
	public function only(
	)
	{
	}
}
