<?php
// Test fixture: a module-provided remote class, found by the second glob after all of remote.d.
class remoting_zed extends remoting {
	public function zed_get($session_id)
	{
		if (!$this->checkPerm($session_id, 'zed_get')) {
			return false;
		}
		return array();
	}
}
