<?php
// Test fixture: declares no class named after the file, so the dispatcher skips it.
class unrelated_helper {
	public function not_dispatched()
	{
		return 0;
	}
}
